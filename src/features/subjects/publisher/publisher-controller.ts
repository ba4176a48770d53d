import type { Cancel } from "../../../host/host";
import { Batch, createBatcher } from "../../../nats/batching";
import { toBusError } from "../../../nats/errors";
import { validatePublishSubject } from "../../../subjects/subject-grammar";
import type { FeatureDeps } from "../../controller";
import { MSG_ID_HEADER } from "../msg-id-header";
import type { Place } from "./france-dataset";
import { franceSubject, randomPlace } from "./france-dataset";
import { checkEvery, fillPayload } from "./publisher-logic";
import { checkHeaders } from "./header-rules";
import type { HeaderRow } from "./header-rules";
import { createPublisherStore, withPlace, withSent } from "./publisher-store";

export type PublisherController = ReturnType<typeof createPublisher>;

// The Subjects panel's sending half: one subject at a time from the Subject
// field, or a random city of the dataset every N ms. Every message carries a
// Playground-Msg-Id unique to this controller, so receivers group its
// deliveries exactly, and the Headers editor's headers (nothing is sent while
// one of them is invalid).
export function createPublisher({ client, host }: FeatureDeps) {
  const store = createPublisherStore();
  const tag = host.randomId();
  /** messages sent: {n} in the payload, and the end of each message id */
  let n = 0;
  let stopAuto: Cancel | undefined;
  let headerKeys = 0;
  /** the editor's headers as they go out; undefined while one is invalid */
  let headerList: [string, string][] | undefined = [];

  // Publishing at 1 ms must not re-render per message: the count shows once per frame.
  const sent = createBatcher<string>(Batch.perFrame, (subjects) => store.setState((s) => withSent(s, subjects)), host);

  function editHeaders(rows: HeaderRow[]) {
    const check = checkHeaders(rows);
    headerList = check.problems.length === 0 ? check.list : undefined;
    store.setState((s) => ({ headers: rows, headerProblems: check.problems, headersHeld: headerList ? false : s.headersHeld }));
  }

  /** Says once that nothing goes out while a header is invalid (auto publish may ask every millisecond). */
  function hold() {
    if (!store.getState().headersHeld) store.setState({ headersHeld: true });
  }

  function send(subject: string) {
    if (!headerList) return hold();
    n++;
    const payload = fillPayload(store.getState().payload, { n, subject, now: host.now() });
    try {
      // before the first connection (or while offline) it waits in the client's buffer
      client.publish(subject, payload, { headers: { [MSG_ID_HEADER]: `${tag}.${n}` }, headerList });
      sent.push(subject);
    } catch (err) {
      store.setState({ publishFailure: toBusError(err, subject).detail });
    }
  }

  function runAuto(ms: number) {
    stopAuto?.();
    stopAuto = host.every(ms, () => send(franceSubject(randomPlace())));
  }

  function stopAutoPublish() {
    stopAuto?.();
    stopAuto = undefined;
    store.setState({ auto: false });
  }

  return {
    store,
    choosePlace: (patch: Partial<Place>) => store.setState((s) => withPlace(s, patch)),
    editPayload: (payload: string) => store.setState({ payload }),
    editFree(free: string) {
      const v = free.trim() === "" ? undefined : validatePublishSubject(free.trim());
      store.setState({ free, freeProblem: v && !v.ok ? v.problem : undefined, freeNotes: v?.ok ? v.notes : [] });
    },
    /** Adds a blank row (a blank row sends nothing) and returns its key. */
    addHeader() {
      editHeaders([...store.getState().headers, { key: ++headerKeys, name: "", value: "" }]);
      return headerKeys;
    },
    editHeader: (key: number, patch: Partial<Pick<HeaderRow, "name" | "value">>) =>
      editHeaders(store.getState().headers.map((h) => (h.key === key ? { ...h, ...patch } : h))),
    removeHeader: (key: number) => editHeaders(store.getState().headers.filter((h) => h.key !== key)),
    /** Refused inline with the grammar's reason, or while a header is invalid (its problem shows by it); nothing is sent, the text stays. */
    publish() {
      const { free } = store.getState();
      const v = validatePublishSubject(free.trim());
      if (!headerList) hold();
      if (!v.ok) return store.setState({ freeProblem: v.problem });
      send(free.trim());
    },
    /** A valid interval applies at once to a running auto publish. */
    editEvery(every: string) {
      const check = checkEvery(every);
      store.setState({ every, everyProblem: check.problem });
      if (check.ms !== undefined && stopAuto) runAuto(check.ms);
    },
    /** While a header is invalid, a running auto publish sends nothing (and does not start). */
    toggleAuto() {
      if (store.getState().auto) return stopAutoPublish();
      const check = checkEvery(store.getState().every);
      if (check.ms === undefined) return store.setState({ everyProblem: check.problem });
      if (!headerList) return hold();
      store.setState({ auto: true, publishFailure: undefined });
      runAuto(check.ms);
    },
    stop() {
      stopAutoPublish();
      sent.stop();
    },
  };
}
