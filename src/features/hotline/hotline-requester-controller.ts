import type { Cancel } from "../../host/host";
import { Batch, createBatcher } from "../../nats/batching";
import type { FeatureDeps } from "../controller";
import type { Code } from "./hotline-protocol";
import type { CallPlan, RequesterForm } from "./hotline-request-form";
import { checkRequest } from "./hotline-request-form";
import type { LateReply } from "./hotline-ask";
import { askHotline, wentOut } from "./hotline-ask";
import type { CallPart, KeptMessage } from "./hotline-kept";
import { createKeptCalls, factsOf } from "./hotline-kept";
import type { CallRecord } from "./hotline-requester-store";
import {
  createRequesterStore,
  HISTORY_SIZE,
  historyCleared,
  newRun,
  withLateReply,
  runStopped,
  withCalls,
  withCodePicked,
  withExampleApplied,
  withFormEdited,
} from "./hotline-requester-store";

export type HotlineRequesterController = ReturnType<typeof createHotlineRequester>;

const MAX_KEPT_PAYLOAD = 2000;
/** how long an explicit inbox keeps listening after its call timed out, to show a late reply */
export const LATE_WINDOW_MS = 10_000;
// a Repeat run of short timeouts would otherwise keep hundreds of inboxes listening at once
const MAX_LISTENING_LATE = 20;
export const NOT_CONNECTED_YET = "not-connected-yet";
const encoder = new TextEncoder();

// The requester half of the Hotline: checks the form, then asks whoever answers
// the subject, once or `repeat` times one after the other.
export function createHotlineRequester(deps: FeatureDeps) {
  const { client, host } = deps;
  const store = createRequesterStore();
  /** a new run (or stop) makes the running loop end after its current call */
  let runToken = 0;
  let nextId = 0;
  let stopped = false;
  const onTheWire = new Set<Cancel>();
  /** inboxes of timed-out calls still listening for a late reply, oldest first */
  const listeningLate: Cancel[] = [];
  /** the full request and reply of the newest calls, for the inspector */
  const kept = createKeptCalls(HISTORY_SIZE);

  // at once when idle, then at most every 200 ms: during a Repeat run a repaint per frame held
  // the main thread while replies waited (p99 round trip ~40 ms instead of a few)
  const results = createBatcher<CallRecord>(Batch.throttled(200), (records) => store.setState((s) => withCalls(s, records)), host);

  /** A reply after its call's timeout: the call stays a timeout, and says what came and when. */
  function lateArrived(id: number, late: LateReply) {
    // the call's own record may still wait in the batcher
    results.flushNow();
    const { history, last } = store.getState();
    if (last?.id !== id && !history.some((c) => c.id === id)) return;
    kept.keep(id, { request: kept.get(id, "request"), reply: late.message });
    store.setState((s) => withLateReply(s, id, late.result, factsOf(late.message)));
  }

  async function ask(id: number, plan: CallPlan, bytes: Uint8Array) {
    const late = { windowMs: LATE_WINDOW_MS, onLate: (l: LateReply) => !stopped && lateArrived(id, l) };
    const asking = askHotline(deps, { ...plan, payload: bytes, late });
    onTheWire.add(asking.cancel);
    try {
      const result = await asking.result;
      if (result.kind === "timeout" && plan.mode === "inbox") {
        listeningLate.push(asking.cancel);
        if (listeningLate.length > MAX_LISTENING_LATE) listeningLate.shift()!();
      }
      return { result, reply: asking.answer(), inbox: asking.inbox };
    } finally {
      onTheWire.delete(asking.cancel);
    }
  }

  async function runCalls(plan: CallPlan, token: number) {
    const payload = plan.payload.length > MAX_KEPT_PAYLOAD ? `${plan.payload.slice(0, MAX_KEPT_PAYLOAD)}…` : plan.payload;
    // encoded once per run: every call of a Repeat run sends (and keeps) the same bytes
    const bytes = encoder.encode(plan.payload);
    for (let i = 0; i < plan.repeat && token === runToken; i++) {
      const at = host.now();
      // numbered before it goes out: a late reply names its call
      const id = ++nextId;
      const { result, reply, inbox: made } = await ask(id, plan, bytes);
      if (stopped) return;
      // request() hides its inbox until a reply names it
      const inbox = made ?? reply?.subject;
      const request: KeptMessage | undefined = wentOut(result) ? { subject: plan.subject, reply: inbox, payload: bytes, headers: [], receivedAt: at } : undefined;
      kept.keep(id, { request, reply });
      const inspect = { request: request && factsOf(request), reply: reply && factsOf(reply) };
      results.push({ id, at, subject: plan.subject, payload, code: plan.code, mode: plan.mode, timeoutMs: plan.timeoutMs, result, inspect });
      // lets the render this push may have queued (a microtask) run now, not inside the next call's round trip
      await Promise.resolve();
    }
    results.flushNow();
    store.setState({ busy: false, asking: undefined });
  }

  return {
    store,
    edit(patch: Partial<Omit<RequesterForm, "code">>) {
      store.setState((s) => withFormEdited(s, patch));
    },
    /** Fills the code's example, unless the JSON was edited: then it is kept, and said so. */
    pickCode(code: Code) {
      store.setState((s) => withCodePicked(s, code));
    },
    applyExample() {
      store.setState(withExampleApplied);
    },
    /** Sends the form's request `repeat` times; resolves when the run is over. */
    async send() {
      const state = store.getState();
      if (state.busy || stopped) return;
      const { plan, errors } = checkRequest(state.form);
      store.setState({ errors, notice: undefined });
      if (!plan) return;
      // before the first connection request() fails and a publish waits in the offline buffer: say it, send nothing
      if (!client.server()) return store.setState({ notice: NOT_CONNECTED_YET });
      store.setState({
        busy: true,
        last: undefined,
        // the Sequence follows the new calls
        selected: undefined,
        run: newRun(plan.repeat),
        asking: { subject: plan.subject, mode: plan.mode, timeoutMs: plan.timeoutMs },
      });
      await runCalls(plan, ++runToken);
    },
    /** Ends a Repeat run after the call on the wire; the calls made so far stay. */
    stopRun() {
      runToken++;
      store.setState(runStopped);
    },
    /** Shows this call in the Sequence; undefined: the latest call. */
    select(id: number | undefined) {
      store.setState({ selected: id });
    },
    /** The calls of the history, oldest first, with all the bytes still kept of each (for the exports). */
    exportable: () =>
      [...store.getState().history].reverse().map((call) => ({ call, request: kept.get(call.id, "request"), reply: kept.get(call.id, "reply") })),
    clearHistory() {
      store.setState(historyCleared);
      // the Result still shows the last call: it still opens
      kept.clear(store.getState().last?.id);
    },
    /** A call's request or reply with all its bytes; undefined once the budget dropped them (the row's facts remain). */
    inspect: (id: number, part: CallPart): KeptMessage | undefined => kept.get(id, part),
    stop() {
      stopped = true;
      runToken++;
      for (const cancel of onTheWire) cancel();
      onTheWire.clear();
      for (const cancel of listeningLate.splice(0)) cancel();
      results.stop();
    },
  };
}
