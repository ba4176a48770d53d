// One call an agent handled: what the log shows, and how its reply goes out.
// No React, no DOM, no timers: the agent controller decides when.
import type { BusMessage, NatsClient } from "../../nats/nats-client";
import { toBusError } from "../../nats/errors";
import type { ReplyMode } from "./hotline-agent-form";
import type { ErrorCause, SendProblem } from "./hotline-error-causes";
import type { Answer } from "./hotline-responder-logic";
import { fail } from "./hotline-responder-logic";
import type { BinaryPayload } from "./hotline-payload";
import { clip } from "./hotline-payload";

/** What the log adds about a call, as data (agent-text.ts says it). */
export type CallNote =
  | { kind: "no-reply-subject" }
  | { kind: "stopped-before-reply" }
  /** neither the reply nor the error reply saying why could be sent */
  | { kind: "not-sent"; why: SendProblem };

export const NO_REPLY_SUBJECT: CallNote = { kind: "no-reply-subject" };
export const STOPPED_BEFORE_REPLY: CallNote = { kind: "stopped-before-reply" };

export type HandledCall = {
  at: number;
  /** the subject the request arrived on (the agent may listen on a wildcard) */
  subject: string;
  /** the request's text, clipped to MAX_LOGGED_CHARS */
  request: string;
  /** the request's full length, when it was clipped */
  requestLength?: number;
  /** a request that is not UTF-8: its size and first bytes (then `request` is empty) */
  requestBinary?: BinaryPayload;
  /** the reply subject (the requester's inbox) */
  inbox?: string;
  /** the reply sent, clipped to MAX_LOGGED_CHARS */
  reply?: string;
  replyLength?: number;
  ok?: boolean;
  /** why the agent answered ok: false */
  cause?: ErrorCause;
  agent: string;
  mode: ReplyMode;
  handlingMs: number;
  note?: CallNote;
};

const encoder = new TextEncoder();

class NotSent extends Error {
  override name = "NotSent";
  constructor(readonly problem: SendProblem) {
    super(problem.kind);
  }
}

/** Sends the text as UTF-8, encoded once; the bytes that went out. */
function send(client: NatsClient, m: BusMessage, text: string, how: ReplyMode): Uint8Array {
  // msg.respond() bypasses the client's size check; say it the same way for both modes
  const max = client.server()?.maxPayload;
  const bytes = encoder.encode(text);
  if (max !== undefined && bytes.length > max) throw new NotSent({ kind: "too-large", size: bytes.length, limit: max });
  try {
    if (how === "publish") client.publish(m.reply!, bytes);
    else if (!m.respond(bytes)) throw new NotSent({ kind: "no-reply-subject" });
    return bytes;
  } catch (err) {
    throw err instanceof NotSent ? err : new NotSent({ kind: "bus", detail: toBusError(err, m.reply, max).detail });
  }
}

function sent(text: string): Pick<HandledCall, "reply" | "replyLength"> {
  const { text: reply, length } = clip(text);
  return length === undefined ? { reply } : { reply, replyLength: length };
}

/** What went out: the log's part of it, and the reply's bytes (absent when nothing could be sent). */
export type SentReply = { logged: Pick<HandledCall, "reply" | "replyLength" | "ok" | "cause" | "note">; bytes?: Uint8Array };

/** Sends the answer to the message's reply subject. */
export function sendReply(client: NatsClient, m: BusMessage, a: Answer, as: { agent: string; mode: ReplyMode }): SentReply {
  try {
    const bytes = send(client, m, a.replyText, as.mode);
    return { logged: { ...sent(a.replyText), ok: a.reply.ok, cause: a.cause }, bytes };
  } catch (err) {
    // e.g. an echo bigger than max_payload: the caller still deserves an answer
    const why = (err as NotSent).problem;
    const fallback = fail({ kind: "reply-not-sent", why }, as.agent);
    try {
      const bytes = send(client, m, fallback.replyText, as.mode);
      return { logged: { ...sent(fallback.replyText), ok: false, cause: fallback.cause }, bytes };
    } catch {
      return { logged: { reply: "", ok: false, note: { kind: "not-sent", why } } };
    }
  }
}
