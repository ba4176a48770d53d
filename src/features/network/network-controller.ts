import type { Cancel } from "../../host/host";
import { readAccountConnz } from "../../nats/account-connz";
import { toBusError } from "../../nats/errors";
import { validatePublishSubject } from "../../subjects/subject-grammar";
import type { FeatureDeps } from "../controller";
import { merge } from "./network-model";
import { compare, countsOf, predict } from "./network-receivers";
import { createNetworkStore } from "./network-store";

export type NetworkController = ReturnType<typeof createNetwork>;

/** How often the list refreshes while the panel is on screen. */
export const REFRESH_MS = 1500;
export const TEST_HEADER = "Playground-Network-Test";

export type NetworkOptions = { refreshMs?: number };

// The Network panel: who is connected to this account, what each one listens
// to, and who would receive a subject. It asks the servers (not a monitoring
// port) every REFRESH_MS while it is on screen, and not at all otherwise.
export function createNetwork({ client, host }: FeatureDeps, { refreshMs = REFRESH_MS }: NetworkOptions = {}) {
  const store = createNetworkStore();
  let panelVisible = false;
  let timer: Cancel | undefined;
  let inFlight: Promise<void> | undefined;
  let tests = 0;
  let stopped = false;

  const onScreen = () => panelVisible && host.visibility.visible();

  function refresh(): Promise<void> {
    inFlight ??= (async () => {
      store.setState({ loading: true });
      const r = await readAccountConnz(client);
      inFlight = undefined;
      if (stopped) return;
      if (r.ok) {
        store.setState((s) => ({ loading: false, status: { kind: "ok" }, snapshot: merge(r.servers, host.now(), s.snapshot, r.replySubject) }));
      } else {
        // a refusal (permissions) or nobody answering that subject will not change by asking every second
        const final = r.failure.kind === "permission" || r.failure.kind === "no-responders";
        store.setState({ loading: false, status: { kind: final ? "refused" : "failed", failure: r.failure } });
      }
    })();
    return inFlight;
  }

  function schedule() {
    timer?.();
    timer = undefined;
    if (stopped || !onScreen() || store.getState().status.kind === "refused") return;
    timer = host.setTimeout(() => void refresh().then(schedule), refreshMs);
  }

  function setLive() {
    const live = onScreen();
    store.setState({ live });
    if (!live) {
      timer?.();
      timer = undefined;
      return;
    }
    void refresh().then(schedule);
  }

  const stopVisibility = host.visibility.onChange(setLive);
  const stopStatus = client.onStatus((s) => {
    if ((s.type === "connected" || s.type === "reconnected") && onScreen()) void refresh().then(schedule);
  });

  /** Measures one test message: the server's per-subscription counts before and after it. */
  async function runTest(subject: string) {
    const id = ++tests;
    store.setState({ test: undefined });
    await refresh();
    const snapshot = store.getState().snapshot;
    if (!snapshot || store.getState().status.kind !== "ok") return;
    const prediction = predict(subject, snapshot.clients);
    const before = countsOf(snapshot.clients);
    store.setState({ test: { id, subject, state: "sending", prediction, before } });
    try {
      client.publish(subject, `network test ${id} from ${client.name}`, { headers: { [TEST_HEADER]: String(id) } });
      await client.flush();
    } catch (err) {
      store.setState((s) => (s.test?.id === id ? { test: { ...s.test, state: "failed", failure: toBusError(err, subject).detail } } : {}));
      return;
    }
    store.setState((s) => (s.test?.id === id ? { test: { ...s.test, state: "measuring" } } : {}));
    // a cluster routes the message to other servers' clients a moment later: look again, a few times
    for (let attempt = 0; attempt < 4 && !stopped; attempt++) {
      await refresh();
      const now = store.getState();
      if (now.test?.id !== id || !now.snapshot) return;
      const outcome = compare(prediction, before, now.snapshot.clients);
      store.setState({ test: { ...now.test, state: outcome.agrees || attempt === 3 ? "done" : "measuring", outcome } });
      if (outcome.agrees) return;
      await new Promise<void>((r) => host.setTimeout(r, 250));
    }
  }

  return {
    store,
    /** the panel is shown (or not): it refreshes only while it is, and the page too */
    setPanelVisible(visible: boolean) {
      panelVisible = visible;
      setLive();
    },
    /** asks again now (after a refusal too) */
    retry() {
      store.setState({ status: { kind: "starting" } });
      void refresh().then(schedule);
    },
    editCheck(text: string) {
      const v = text.trim() === "" ? undefined : validatePublishSubject(text.trim());
      store.setState({ check: { text, problem: v && !v.ok ? v.problem : undefined, notes: v?.ok ? v.notes : [] } });
    },
    sendTest() {
      const { text } = store.getState().check;
      const v = validatePublishSubject(text.trim());
      if (!v.ok) return store.setState({ check: { text, problem: v.problem, notes: [] } });
      void runTest(text.trim());
    },
    editFilter(filter: string) {
      store.setState({ filter });
    },
    setShowInternal(showInternal: boolean) {
      store.setState({ showInternal });
    },
    stop() {
      stopped = true;
      timer?.();
      stopVisibility();
      stopStatus();
    },
  };
}
