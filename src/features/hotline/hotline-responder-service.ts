// A hotline agent: answers requests on a subject as a member of a queue group,
// so several agents share the calls and each call is answered once. No React:
// the same service runs in Node over TCP.
import type { BusMessage, NatsClient } from "../../nats/nats-client";
import { toBusError } from "../../nats/errors";
import type { ReplyMode } from "./hotline-agent-form";
import { answer, fail } from "./hotline-responder-logic";

export type AgentOptions = { subject: string; agent: string; mode: ReplyMode; queue: string };

export const MAX_LOGGED_CHARS = 2000;
export const NO_REPLY_SUBJECT = "no reply subject: nothing to answer";
export const STOPPED_BEFORE_REPLY = "agent stopped before replying: no reply sent";

export type HandledCall = {
  at: number;
  /** the subject the request arrived on (the agent may listen on a wildcard) */
  subject: string;
  request: string;
  /** the reply subject (the requester's inbox) */
  inbox?: string;
  reply?: string;
  ok?: boolean;
  agent: string;
  mode: ReplyMode;
  handlingMs: number;
  note?: string;
};

export type HotlineAgent = {
  /** resolves once the server has the subscription; rejects if it refused it */
  ready: Promise<void>;
  /** the reply mode and agent name apply to the next call, without resubscribing */
  update(patch: Partial<Pick<AgentOptions, "agent" | "mode">>): void;
  stop(): void;
};

const encoder = new TextEncoder();

const clip = (text: string) =>
  text.length > MAX_LOGGED_CHARS ? `${text.slice(0, MAX_LOGGED_CHARS)}… (${text.length} characters in all)` : text;

export function startHotlineAgent(
  client: NatsClient,
  options: AgentOptions,
  onCall: (call: HandledCall) => void,
  onError: (message: string) => void,
): HotlineAgent {
  let { agent, mode } = options;
  const pending = new Map<ReturnType<typeof setTimeout>, () => void>();

  const send = (m: BusMessage, text: string, how: ReplyMode) => {
    // msg.respond() bypasses the client's size check; say it the same way for both modes
    const max = client.server()?.maxPayload;
    const size = encoder.encode(text).length;
    if (max !== undefined && size > max) throw new Error(`reply of ${size} bytes is over the server's max_payload of ${max} bytes`);
    if (how === "publish") return client.publish(m.reply!, text);
    try {
      if (!m.respond(text)) throw new Error("msg.respond() found no reply subject");
    } catch (err) {
      throw toBusError(err, m.reply, max);
    }
  };

  const handle = (m: BusMessage) => {
    const started = performance.now();
    const request = m.text;
    const base = { at: Date.now(), subject: m.subject, request: clip(request), inbox: m.reply, agent, mode };
    if (!m.reply) {
      onCall({ ...base, handlingMs: performance.now() - started, note: NO_REPLY_SUBJECT });
      return;
    }
    const a = answer(request, agent, () => new Date());
    const reply = () => {
      let replyText = a.replyText;
      let ok = a.reply.ok;
      let note: string | undefined;
      try {
        send(m, replyText, base.mode);
      } catch (err) {
        // e.g. an echo bigger than max_payload: the caller still deserves an answer
        const fallback = fail(`the agent could not send its reply: ${(err as Error).message}`, base.agent);
        replyText = fallback.replyText;
        ok = false;
        note = (err as Error).message;
        try {
          send(m, replyText, base.mode);
        } catch {
          replyText = "";
          note = `${note}; no reply sent`;
        }
      }
      onCall({ ...base, reply: clip(replyText), ok, handlingMs: performance.now() - started, note });
    };
    if (a.delayMs === undefined) return reply();
    const timer = setTimeout(() => {
      pending.delete(timer);
      reply();
    }, a.delayMs);
    pending.set(timer, () =>
      onCall({ ...base, ok: a.reply.ok, handlingMs: performance.now() - started, note: STOPPED_BEFORE_REPLY }),
    );
  };

  const sub = client.subscribe(options.subject, handle, { queue: options.queue, onError: (e) => onError(e.message) });
  const ready = sub.ready();
  ready.catch((e: Error) => onError(e.message));
  return {
    ready,
    update(patch) {
      agent = patch.agent ?? agent;
      mode = patch.mode ?? mode;
    },
    stop() {
      sub.unsubscribe();
      for (const [timer, cancelled] of pending) {
        clearTimeout(timer);
        cancelled();
      }
      pending.clear();
    },
  };
}
