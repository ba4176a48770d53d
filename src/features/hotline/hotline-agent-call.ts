// One call an agent handled: what the log shows, and how its reply goes out.
// No React, no DOM, no timers: the agent controller decides when.
import type { BusMessage, NatsClient } from "../../nats/nats-client";
import { toBusError } from "../../nats/errors";
import type { ReplyMode } from "./hotline-agent-form";
import type { Answer } from "./hotline-responder-logic";
import { fail } from "./hotline-responder-logic";

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

const encoder = new TextEncoder();

export const clip = (text: string) =>
  text.length > MAX_LOGGED_CHARS ? `${text.slice(0, MAX_LOGGED_CHARS)}… (${text.length} characters in all)` : text;

function send(client: NatsClient, m: BusMessage, text: string, how: ReplyMode) {
  // msg.respond() bypasses the client's size check; say it the same way for both modes
  const max = client.server()?.maxPayload;
  const size = encoder.encode(text).length;
  if (max !== undefined && size > max) throw new Error(`reply of ${size} bytes is over the server's max_payload of ${max} bytes`);
  if (how === "publish") return void client.publish(m.reply!, text);
  try {
    if (!m.respond(text)) throw new Error("msg.respond() found no reply subject");
  } catch (err) {
    throw toBusError(err, m.reply, max);
  }
}

/** Sends the answer to the message's reply subject; what went out, for the log. */
export function sendReply(
  client: NatsClient,
  m: BusMessage,
  a: Answer,
  as: { agent: string; mode: ReplyMode },
): Pick<HandledCall, "reply" | "ok" | "note"> {
  try {
    send(client, m, a.replyText, as.mode);
    return { reply: clip(a.replyText), ok: a.reply.ok };
  } catch (err) {
    // e.g. an echo bigger than max_payload: the caller still deserves an answer
    const why = (err as Error).message;
    const fallback = fail(`the agent could not send its reply: ${why}`, as.agent);
    try {
      send(client, m, fallback.replyText, as.mode);
      return { reply: clip(fallback.replyText), ok: false, note: why };
    } catch {
      return { reply: "", ok: false, note: `${why}; no reply sent` };
    }
  }
}
