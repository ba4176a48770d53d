import type { Cancel } from "../../host/host";
import { Batch, createBatcher } from "../../nats/batching";
import type { BusMessage } from "../../nats/nats-client";
import { subscribeBatched } from "../../nats/subscribe-batched";
import type { BatchedSubscription } from "../../nats/subscribe-batched";
import type { FeatureDeps } from "../controller";
import type { AgentForm, AgentSettings } from "./hotline-agent-form";
import { checkAgentForm } from "./hotline-agent-form";
import type { HandledCall } from "./hotline-agent-call";
import { NO_REPLY_SUBJECT, sendReply, STOPPED_BEFORE_REPLY } from "./hotline-agent-call";
import type { CallPart, KeptMessage } from "./hotline-kept";
import { createKeptCalls, factsOf, received } from "./hotline-kept";
import { clip, readPayload } from "./hotline-payload";
import { QUEUE_GROUP } from "./hotline-protocol";
import { answer } from "./hotline-responder-logic";
import type { LoggedCall } from "./hotline-agent-store";
import { CALLS_LOGGED, callsLogCleared, createAgentStore, withCallsLogged, withFormEdited } from "./hotline-agent-store";

export type HotlineAgentController = ReturnType<typeof createHotlineAgent>;

/** A `sleep` call waiting to be answered: its timer, and what the log says if the agent stops first. */
type Sleeping = { cancel: Cancel; abandon(): void };

// The responder half of the Hotline: when asked, answers requests on the
// subject as a member of the queue group, so several agents (tabs, or any NATS
// client) share the calls and each call is answered once.
export function createHotlineAgent({ client, host }: FeatureDeps) {
  const store = createAgentStore(client.name);
  let subscription: BatchedSubscription | undefined;
  /** what the agent answers with; a rename or a new mode applies to the next call, without resubscribing */
  let running: AgentSettings | undefined;
  const sleeping = new Set<Sleeping>();
  /** the full request and reply of the newest calls, for the inspector */
  const kept = createKeptCalls(CALLS_LOGGED);
  /** the log's call numbers start again at 1 when it is cleared */
  let logged = 0;

  // at once when idle, then at most every 200 ms: during a Repeat run a repaint per frame held
  // the main thread while replies waited (p99 round trip ~40 ms instead of a few)
  const log = createBatcher<LoggedCall>(Batch.throttled(200), (batch) => store.setState((s) => withCallsLogged(s, batch)), host);

  function logCall(call: HandledCall, request: KeptMessage, reply?: KeptMessage) {
    const id = ++logged;
    kept.keep(id, { request, reply });
    log.push({ ...call, id, inspect: { request: factsOf(request), reply: reply && factsOf(reply) } });
  }

  function handle(m: BusMessage, as: AgentSettings) {
    const started = host.elapsed();
    const at = host.now();
    const request = received(m, at, as.subject);
    // read once: a request that is not UTF-8 shows as bytes in the log, and gets the error reply its lossy text gets
    const payload = readPayload(request.payload);
    const text = "text" in payload ? payload.text : m.text;
    const shown = "text" in payload ? clip(payload.text) : { text: "" };
    const base = {
      at,
      subject: m.subject,
      request: shown.text,
      requestLength: shown.length,
      requestBinary: "binary" in payload ? payload.binary : undefined,
      inbox: m.reply,
      agent: as.agent,
      mode: as.mode,
    };
    const took = () => host.elapsed() - started;
    if (!m.reply) return logCall({ ...base, handlingMs: took(), note: NO_REPLY_SUBJECT }, request);
    const a = answer(text, as.agent, () => new Date(host.now()));
    const replyTo = m.reply;
    const reply = () => {
      const { logged: what, bytes } = sendReply(client, m, a, as);
      const sent: KeptMessage | undefined = bytes && { subject: replyTo, payload: bytes, headers: [], receivedAt: host.now() };
      logCall({ ...base, ...what, handlingMs: took() }, request, sent);
    };
    if (a.delayMs === undefined) return reply();
    const sleep: Sleeping = {
      cancel: host.setTimeout(() => {
        sleeping.delete(sleep);
        reply();
      }, a.delayMs),
      abandon: () => logCall({ ...base, ok: a.reply.ok, cause: a.cause, handlingMs: took(), note: STOPPED_BEFORE_REPLY }, request),
    };
    sleeping.add(sleep);
  }

  // each call is answered the moment it arrives: a requester is waiting on the other end
  const calls = createBatcher<BusMessage>(Batch.immediate, (ms) => {
    for (const m of ms) if (running) handle(m, running);
  }, host);

  function stopAgent() {
    subscription?.stop();
    subscription = running = undefined;
    for (const sleep of sleeping) {
      sleep.cancel();
      sleep.abandon();
    }
    sleeping.clear();
    store.setState({ answering: undefined });
  }

  function run(settings: AgentSettings) {
    stopAgent();
    running = settings;
    store.setState({ error: undefined });
    subscription = subscribeBatched(
      client,
      settings.subject,
      {
        into: calls,
        map: (m) => m,
        onReady: () => store.setState({ answering: { subject: settings.subject, queue: QUEUE_GROUP } }),
        onRefused: (e) => store.setState({ error: e.detail, answering: undefined }),
      },
      { queue: QUEUE_GROUP },
    );
  }

  // Brings the running agent in line with the form: resubscribes only when the subject changes.
  function sync() {
    const { enabled, form } = store.getState();
    const { settings } = checkAgentForm(form);
    if (!enabled || !settings) return;
    if (!running || running.subject !== settings.subject) return run(settings);
    running = settings;
  }

  return {
    store,
    setAnswering(on: boolean) {
      if (!on) {
        stopAgent();
        store.setState({ enabled: false, error: undefined });
        return;
      }
      store.setState({ enabled: true, errors: checkAgentForm(store.getState().form).errors });
      sync();
    },
    /** A bad subject is refused inline; a running agent keeps its last good one. */
    edit(patch: Partial<AgentForm>) {
      store.setState((s) => withFormEdited(s, patch));
      sync();
    },
    clearLog() {
      log.flushNow();
      store.setState(callsLogCleared());
      kept.clear();
      logged = 0;
    },
    /** A handled call's request or reply with all its bytes; undefined once the budget dropped them (the row's facts remain). */
    inspect: (id: number, part: CallPart): KeptMessage | undefined => kept.get(id, part),
    stop() {
      stopAgent();
      calls.stop();
      log.stop();
    },
  };
}
