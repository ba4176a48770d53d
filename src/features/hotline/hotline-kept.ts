// The full bytes of a half's newest calls, for the message inspector. The stores
// keep clipped texts only; the bytes live here, in the controller, within a budget.
// No React, no DOM.
import type { BusMessage } from "../../nats/nats-client";

/** One message of a call as it went over the wire (the shape the inspector shows). */
export type KeptMessage = {
  subject: string;
  reply?: string;
  payload: Uint8Array;
  headers: readonly (readonly [string, string])[];
  /** when it arrived (or, for what this tab sent, when it went out) */
  receivedAt: number;
  /** the subscriptions of this tab that delivered it */
  deliveredBy?: readonly string[];
};

/**
 * A message as received. A status message (503: no responders) has no header rows of its own, only its status line
 * (NATS/1.0 503): shown as the Status and Description headers, as nats.go and nats-py present it.
 */
export function received(m: BusMessage, at: number, deliveredBy?: string): KeptMessage {
  const headers: (readonly [string, string])[] = [];
  if (m.status) {
    headers.push(["Status", String(m.status.code)]);
    if (m.status.description) headers.push(["Description", m.status.description]);
  }
  headers.push(...(m.headerList ?? []));
  // a copy (at most one max_payload per call): nats.ws hands out a view into its read buffer, which would keep more
  // alive than the budget counts (Node's Buffer#slice is such a view too)
  const payload = new Uint8Array(m.data);
  return { subject: m.subject, reply: m.reply, payload, headers, receivedAt: at, deliveredBy: deliveredBy ? [deliveredBy] : undefined };
}

export type CallPart = "request" | "reply";

/** What a row says of one of its messages, so it still opens once its bytes are dropped. */
export type MessageFacts = { subject: string; reply?: string; size: number; at: number };

/** A row's messages the inspector can open; a part is absent when there is no such message (a timeout has no reply). */
export type Inspectable = Partial<Record<CallPart, MessageFacts>>;

export const factsOf = (m: KeptMessage): MessageFacts => ({ subject: m.subject, reply: m.reply, size: m.payload.length, at: m.receivedAt });

// 8 MB per half of the panel: with nats-server's default max_payload of 1 MB, at least the last 4 calls of full-size
// requests and replies; a lab's calls (well under 1 KB each) keep every row of the lists (50 calls, 100 handled).
export const KEPT_BYTES = 8 * 1024 * 1024;

const sizeOf = (m: KeptMessage | undefined) => {
  if (!m) return 0;
  let n = m.payload.length + m.subject.length + (m.reply?.length ?? 0);
  for (const [name, value] of m.headers) n += name.length + value.length;
  return n;
};

type Kept = Partial<Record<CallPart, KeptMessage>> & { bytes: number };

/**
 * The newest calls' messages, by row id (ids only grow): at most `maxRows` calls and `maxBytes` bytes; the newest
 * call is kept whatever its size (one call is at most two max_payloads). A repeat run's requests share one array,
 * counted once per call: the budget errs on the side of keeping less.
 */
export function createKeptCalls(maxRows: number, maxBytes = KEPT_BYTES) {
  const calls = new Map<number, Kept>();
  let bytes = 0;
  const drop = (id: number) => {
    bytes -= calls.get(id)?.bytes ?? 0;
    calls.delete(id);
  };
  return {
    keep(id: number, messages: Partial<Record<CallPart, KeptMessage>>) {
      drop(id);
      const kept = { ...messages, bytes: sizeOf(messages.request) + sizeOf(messages.reply) };
      calls.set(id, kept);
      bytes += kept.bytes;
      // a Map iterates in insertion order: the first key is the oldest call
      for (const oldest of calls.keys()) {
        if (calls.size <= 1 || (calls.size <= maxRows && bytes <= maxBytes)) break;
        drop(oldest);
      }
    },
    /** undefined when the call's bytes were dropped (or it never had that message) */
    get: (id: number, part: CallPart): KeptMessage | undefined => calls.get(id)?.[part],
    /** Drops every call but `id` (the one still on screen after a clear). */
    clear(id?: number) {
      for (const key of [...calls.keys()]) if (key !== id) drop(key);
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return calls.size;
    },
  };
}

export type KeptCalls = ReturnType<typeof createKeptCalls>;
