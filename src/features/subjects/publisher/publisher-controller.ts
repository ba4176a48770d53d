import type { Cancel } from "../../../host/host";
import { Batch, createBatcher } from "../../../nats/batching";
import { toBusError } from "../../../nats/errors";
import { validatePublishSubject } from "../../../subjects/subject-grammar";
import type { FeatureDeps } from "../../controller";
import { MSG_ID_HEADER } from "../msg-id-header";
import type { Place } from "./france-dataset";
import { franceSubject, randomPlace } from "./france-dataset";
import { checkEvery, fillPayload } from "./publisher-logic";
import { createPublisherStore, withPlace, withSent } from "./publisher-store";

export type PublisherController = ReturnType<typeof createPublisher>;

// The Subjects panel's sending half: one subject at a time from the Subject
// field, or a random city of the dataset every N ms. Every message carries a
// Playground-Msg-Id unique to this controller, so receivers group its
// deliveries exactly.
export function createPublisher({ client, host }: FeatureDeps) {
  const store = createPublisherStore();
  const tag = host.randomId();
  /** messages sent: {n} in the payload, and the end of each message id */
  let n = 0;
  let stopAuto: Cancel | undefined;

  // Publishing at 1 ms must not re-render per message: the count shows once per frame.
  const sent = createBatcher<string>(Batch.perFrame, (subjects) => store.setState((s) => withSent(s, subjects)), host);

  function send(subject: string) {
    n++;
    const payload = fillPayload(store.getState().payload, { n, subject, now: host.now() });
    try {
      // before the first connection (or while offline) it waits in the client's buffer
      client.publish(subject, payload, { headers: { [MSG_ID_HEADER]: `${tag}.${n}` } });
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
    /** Refused inline with the grammar's reason; nothing is sent, the text stays. */
    publish() {
      const { free } = store.getState();
      const v = validatePublishSubject(free.trim());
      if (!v.ok) return store.setState({ freeProblem: v.problem });
      send(free.trim());
    },
    /** A valid interval applies at once to a running auto publish. */
    editEvery(every: string) {
      const check = checkEvery(every);
      store.setState({ every, everyProblem: check.problem });
      if (check.ms !== undefined && stopAuto) runAuto(check.ms);
    },
    toggleAuto() {
      if (store.getState().auto) return stopAutoPublish();
      const check = checkEvery(store.getState().every);
      if (check.ms === undefined) return store.setState({ everyProblem: check.problem });
      store.setState({ auto: true, publishFailure: undefined });
      runAuto(check.ms);
    },
    stop() {
      stopAutoPublish();
      sent.stop();
    },
  };
}
