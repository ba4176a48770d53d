import type { BusDetail } from "../../nats/errors";
import { shown, validatePattern, validatePublishSubject } from "../../subjects/subject-grammar";
import type { SubjectNote, SubjectProblem } from "../../subjects/subject-problems";
import { CHAT } from "./chat-constants";
import type { Envelope } from "./chat-envelope";
import { patternsOverlap } from "../../subjects/pattern-overlap";

// What the chat's forms refuse, and why, before anything goes on the wire.
export const MAX_SUBSCRIPTIONS = 20;

/** Why the chat refuses something: data, said by chat-text.ts in the page's language. */
export type ChatProblem =
  | { kind: "subject"; problem: SubjectProblem }
  | { kind: "name-empty" }
  | { kind: "name-too-long"; length: number; max: number }
  | { kind: "already-joined"; pattern: string }
  | { kind: "too-many-rooms"; max: number }
  | { kind: "too-large"; size: number; limit: number }
  | { kind: "empty-text" }
  | { kind: "name-first" }
  /** the server refused the subscription (or closed it) */
  | { kind: "join-refused"; pattern: string; detail: BusDetail }
  /** publishing failed (too large for the client, offline buffer full…) */
  | { kind: "bus"; detail: BusDetail };

/** Accepted, but worth saying (after a join, a send or a forward). */
export type ChatNote =
  | { kind: "subject"; note: SubjectNote }
  /** a room or pattern the CHAT stream does not keep: live only */
  | { kind: "outside-stream"; what: string }
  /** sent where none of this tab's subscriptions will show it */
  | { kind: "unheard"; action: "sent" | "forwarded"; subject: string }
  | { kind: "forwarded"; subject: string };

export type Checked<T> = { ok: true; value: T; note?: ChatNote } | { ok: false; problem: ChatProblem };

const encoder = new TextEncoder();

export function checkName(input: string): Checked<string> {
  const name = input.trim();
  if (!name) return { ok: false, problem: { kind: "name-empty" } };
  if (name.length > CHAT.maxNameLength) return { ok: false, problem: { kind: "name-too-long", length: name.length, max: CHAT.maxNameLength } };
  return { ok: true, value: name };
}

const outsideChat = (what: string): ChatNote => ({ kind: "outside-stream", what });

export function checkJoin(input: string, joined: readonly string[]): Checked<string> {
  const pattern = input.trim();
  const v = validatePattern(pattern);
  if (!v.ok) return { ok: false, problem: { kind: "subject", problem: v.problem } };
  if (joined.includes(pattern)) return { ok: false, problem: { kind: "already-joined", pattern: shown(pattern) } };
  if (joined.length >= MAX_SUBSCRIPTIONS) return { ok: false, problem: { kind: "too-many-rooms", max: MAX_SUBSCRIPTIONS } };
  const literal = v.notes[0];
  const note = literal ? { kind: "subject" as const, note: literal } : patternsOverlap(pattern, CHAT.streamSubjects) ? undefined : outsideChat(pattern);
  return { ok: true, value: pattern, note };
}

export function checkTarget(input: string): Checked<string> {
  const subject = input.trim();
  const v = validatePublishSubject(subject);
  if (!v.ok) return { ok: false, problem: { kind: "subject", problem: v.problem } };
  const literal = v.notes[0];
  const note = literal ? { kind: "subject" as const, note: literal } : subject.startsWith(CHAT.roomPrefix) ? undefined : outsideChat(subject);
  return { ok: true, value: subject, note };
}

export type Wire = { subject: string; payload: Uint8Array; headers: Record<string, string> };

// The server's max_payload counts headers too: the Nats-Msg-Id header is part of the size.
export function checkEnvelope(subject: string, envelope: Envelope, maxPayload: number | undefined): Checked<Wire> {
  const headers = { [CHAT.msgIdHeader]: envelope.id };
  const payload = encoder.encode(JSON.stringify(envelope));
  const headerBytes = encoder.encode(`NATS/1.0\r\n${CHAT.msgIdHeader}: ${envelope.id}\r\n\r\n`).length;
  const size = payload.length + headerBytes;
  if (maxPayload !== undefined && size > maxPayload) return { ok: false, problem: { kind: "too-large", size, limit: maxPayload } };
  return { ok: true, value: { subject, payload, headers } };
}

export function checkText(text: string): Checked<string> {
  if (!text.trim()) return { ok: false, problem: { kind: "empty-text" } };
  return { ok: true, value: text };
}
