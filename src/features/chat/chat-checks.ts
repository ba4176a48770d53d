import { formatBytes } from "../../nats/errors";
import { shown, validatePattern, validatePublishSubject } from "../../subjects/subject-grammar";
import { CHAT } from "./chat-constants";
import type { Envelope } from "./chat-envelope";
import { patternsOverlap } from "../../subjects/pattern-overlap";

// What the chat's forms refuse, and why, before anything goes on the wire.
export const MAX_SUBSCRIPTIONS = 20;

export type Checked<T> = { ok: true; value: T; warning?: string } | { ok: false; error: string };

const encoder = new TextEncoder();

export function checkName(input: string): Checked<string> {
  const name = input.trim();
  if (!name) return { ok: false, error: "type the name others will see on your messages" };
  if (name.length > CHAT.maxNameLength) {
    return { ok: false, error: `${name.length} characters is too long: a name has at most ${CHAT.maxNameLength}` };
  }
  return { ok: true, value: name };
}

const outsideChat = (what: string) =>
  `${what} is outside ${CHAT.streamSubjects}: it works live, but the ${CHAT.stream} stream keeps no history for it`;

export function checkJoin(input: string, joined: readonly string[]): Checked<string> {
  const pattern = input.trim();
  const v = validatePattern(pattern);
  if (!v.ok) return { ok: false, error: v.reason };
  if (joined.includes(pattern)) return { ok: false, error: `you are already in ${shown(pattern)}: pick its view in the room list` };
  if (joined.length >= MAX_SUBSCRIPTIONS) {
    return { ok: false, error: `${MAX_SUBSCRIPTIONS} subscriptions is the most a tab keeps: leave one first` };
  }
  const warning = v.warnings[0] ?? (patternsOverlap(pattern, CHAT.streamSubjects) ? undefined : outsideChat(pattern));
  return { ok: true, value: pattern, warning };
}

export function checkTarget(input: string): Checked<string> {
  const subject = input.trim();
  const v = validatePublishSubject(subject);
  if (!v.ok) return { ok: false, error: v.reason };
  const warning = v.warnings[0] ?? (subject.startsWith(CHAT.roomPrefix) ? undefined : outsideChat(subject));
  return { ok: true, value: subject, warning };
}

export type Wire = { subject: string; payload: Uint8Array; headers: Record<string, string> };

// The server's max_payload counts headers too: the Nats-Msg-Id header is part of the size.
export function checkEnvelope(subject: string, envelope: Envelope, maxPayload: number | undefined): Checked<Wire> {
  const headers = { [CHAT.msgIdHeader]: envelope.id };
  const payload = encoder.encode(JSON.stringify(envelope));
  const headerBytes = encoder.encode(`NATS/1.0\r\n${CHAT.msgIdHeader}: ${envelope.id}\r\n\r\n`).length;
  const size = payload.length + headerBytes;
  if (maxPayload !== undefined && size > maxPayload) {
    return {
      ok: false,
      error: `this message is ${size} bytes with its envelope; the server's max_payload is ${formatBytes(maxPayload)} (${maxPayload} bytes): shorten it`,
    };
  }
  return { ok: true, value: { subject, payload, headers } };
}

export function checkText(text: string): Checked<string> {
  if (!text.trim()) return { ok: false, error: "the message is empty: type something to send" };
  return { ok: true, value: text };
}
