import { ALL_VIEW } from "./chat-constants";
import { parseChatPayload } from "./chat-envelope";
import type { ChatPayload } from "./chat-envelope";
import type { ForwardRef, ReplyRef } from "./chat-envelope";
import type { Wire } from "../../ui/inspector/kept";
import type { Binary } from "./chat-payload";

// One list of messages for the whole tab; views filter it. A message delivered
// by several of the tab's subscriptions (chat.general and chat.>) or seen both
// live and in the history is ONE entry whose `via` lists every subscription.
export type ChatEntry = {
  key: string;
  /** creation order in this tab (never reused): what groups the conversation into blocks */
  n: number;
  /** envelope id: the dedupe key, also the JetStream Nats-Msg-Id */
  id?: string;
  subject: string;
  /** undefined: plain text from another client (shown as "unnamed") */
  from?: string;
  /** empty for a binary payload */
  text: string;
  /** the payload as received, kept for entries without id (dedupe by content) */
  raw?: string;
  /** the payload is not UTF-8 text: shown as its size and first bytes */
  binary?: Binary;
  sentAt?: number;
  /** when it arrived here, or when the stream stored it (ms) */
  time: number;
  /** sort key (ms scale): arrival order for live messages, stream order for stored ones */
  order: number;
  /** JetStream stream sequence, once the history has seen this message */
  seq?: number;
  /** patterns of this tab's subscriptions that delivered it */
  via: string[];
  replyTo?: ReplyRef;
  forwardedFrom?: ForwardRef;
  fromHistory: boolean;
  unread: boolean;
};

export type Delivery = {
  pattern: string;
  subject: string;
  /** the payload as text; for a binary payload, a key of its bytes (never shown) */
  text: string;
  at: number;
  seq?: number;
  /** the payload is not UTF-8 text */
  binary?: Binary;
  /** the message as it came, for the inspector: the controller keeps it, never the store */
  wire?: Wire;
};

/** Told which delivery made each new entry (the controller keeps its wire). */
export type OnCreated = (key: string, d: Delivery) => void;

const noop: OnCreated = () => undefined;

/** A binary payload is shown as bytes, never parsed: it is no envelope. */
const payloadOf = (d: Delivery): ChatPayload => (d.binary ? { kind: "text", text: "" } : parseChatPayload(d.text));

/** Two deliveries of one plain message to two subscriptions arrive back to back. */
const PAIR_WINDOW_MS = 1000;
const PAIR_LOOKBACK = 16;

/**
 * Numbers a tab's entries: their creation order (`n`) and the keys of those
 * without an id. Never reused while the timeline lives: its controller makes one.
 */
export type Numbering = () => number;

export function numbering(): Numbering {
  let n = 0;
  return () => ++n;
}

/** An envelope's entry key: also what finds it again when it comes back (another subscription, the history). */
const idKey = (subject: string, id: string) => `e:${subject} ${id}`;

function newEntry(d: Delivery, fromHistory: boolean, unread: (via: string[]) => boolean, next: Numbering, p: ChatPayload): ChatEntry {
  const via = [d.pattern];
  const n = next();
  const base = { n, subject: d.subject, time: d.at, order: d.at, seq: d.seq, via, fromHistory, unread: unread(via) };
  if (p.kind === "text") return { ...base, key: `p${n}`, text: p.text, raw: d.text, ...(d.binary && { binary: d.binary }) };
  return {
    ...base,
    key: p.id ? idKey(d.subject, p.id) : `p${n}`,
    id: p.id,
    raw: p.id ? undefined : d.text,
    from: p.from,
    text: p.text,
    sentAt: p.sentAt,
    replyTo: p.replyTo,
    forwardedFrom: p.forwardedFrom,
  };
}

function addVia(e: ChatEntry, pattern: string, unread: (via: string[]) => boolean): ChatEntry {
  if (e.via.includes(pattern)) return e;
  const via = [...e.via, pattern];
  return { ...e, via, unread: e.unread && unread(via) };
}

function idIndex(entries: ChatEntry[]): Map<string, number> {
  const index = new Map<string, number>();
  // the entry's key is its id key: no string to build per entry on every batch
  entries.forEach((e, i) => e.id && index.set(e.key, i));
  return index;
}

const envelopeId = (p: ChatPayload) => (p.kind === "envelope" ? p.id : undefined);

// Plain text has no id: the same payload on the same subject, delivered to
// ANOTHER of our subscriptions within a second, is the same message. The same
// subscription receiving it again is a new message (someone said it twice).
function livePair(entries: ChatEntry[], d: Delivery): number | undefined {
  for (let i = entries.length - 1; i >= 0 && i >= entries.length - PAIR_LOOKBACK; i--) {
    const e = entries[i]!;
    if (e.id || e.fromHistory || e.subject !== d.subject || e.raw !== d.text || !e.binary !== !d.binary) continue;
    return !e.via.includes(d.pattern) && d.at - e.time <= PAIR_WINDOW_MS ? i : undefined;
  }
  return undefined;
}

/** Live messages: `visibleView` is the view on screen (undefined when the panel is hidden). */
export function mergeLive(
  entries: ChatEntry[],
  deliveries: Delivery[],
  visibleView: string | undefined,
  max: number,
  next: Numbering,
  created: OnCreated = noop,
): ChatEntry[] {
  const unread = (via: string[]) => visibleView === undefined || !(visibleView === ALL_VIEW || via.includes(visibleView));
  const out = entries.slice();
  const byId = idIndex(out);
  for (const d of deliveries) {
    // parsed once: a flood's JSON is the costliest part of taking it in
    const p = payloadOf(d);
    const id = envelopeId(p);
    const i = id ? byId.get(idKey(d.subject, id)) : livePair(out, d);
    if (i !== undefined) {
      out[i] = addVia(out[i]!, d.pattern, unread);
      continue;
    }
    if (id) byId.set(idKey(d.subject, id), out.length);
    // Live delivery order is the truth: a new message goes last, whatever the clocks say.
    const entry = newEntry(d, false, unread, next, p);
    created(entry.key, d);
    const last = out.at(-1);
    out.push(last && last.order > entry.order ? { ...entry, order: last.order } : entry);
  }
  return finish(out, max);
}

// History for one subscription. A message already here (live, or from another
// subscription's history) gains the subscription and its stream sequence; plain
// text seen live is matched by content, once per stored copy, newest first: what
// arrived live is always the most recent of several identical stored copies.
export function mergeHistory(
  entries: ChatEntry[],
  pattern: string,
  stored: Delivery[],
  max: number,
  next: Numbering,
  /** local time the read was asked for: live messages from before it are older than the read */
  requestedAt = -Infinity,
  created: OnCreated = noop,
): ChatEntry[] {
  const out = entries.slice();
  const byId = idIndex(out);
  const bySeq = new Map<number, number>();
  out.forEach((e, i) => e.seq !== undefined && bySeq.set(e.seq, i));
  const added = new Set<number>();
  const keepUnread = () => true;
  const read = () => false;
  for (const d of [...stored].reverse()) {
    const p = payloadOf(d);
    const id = envelopeId(p);
    let i = d.seq === undefined ? undefined : bySeq.get(d.seq);
    if (i === undefined && id) i = byId.get(idKey(d.subject, id));
    if (i === undefined && !id) i = newestUnstored(out, d);
    if (i !== undefined) {
      const e = addVia(out[i]!, pattern, keepUnread);
      out[i] = e.seq === undefined && d.seq !== undefined ? { ...e, seq: d.seq } : e;
    } else {
      i = out.length;
      const entry = newEntry(d, true, read, next, p);
      created(entry.key, d);
      out.push(entry);
      added.add(i);
      if (id) byId.set(idKey(d.subject, id), i);
    }
    if (d.seq !== undefined) bySeq.set(d.seq, i);
  }
  placeStored(out, pattern, added, requestedAt);
  return finish(out, max);
}

function newestUnstored(out: ChatEntry[], d: Delivery): number | undefined {
  for (let j = out.length - 1; j >= 0; j--) {
    const e = out[j]!;
    if (!e.id && e.seq === undefined && !e.fromHistory && e.subject === d.subject && e.raw === d.text && !e.binary === !d.binary) return j;
  }
  return undefined;
}

// The stream stamps a message when it stores it, which can be a little AFTER this
// tab received the next one live: server time and arrival time cannot be compared
// near the boundary. What is known for sure: everything this read returned is
// older than the live messages that arrived after it was asked for and that it did
// not contain (a live message from before the request that it does not contain is
// older than its window), and the stream sequence orders stored messages. So each
// newly added stored entry goes before the next known one (walking back from the
// newest), by a microsecond if needed.
function placeStored(out: ChatEntry[], pattern: string, added: Set<number>, requestedAt: number) {
  if (added.size === 0) return;
  let bound = Infinity;
  for (const e of out) {
    if (e.seq === undefined && !e.fromHistory && e.via.includes(pattern) && e.time >= requestedAt) bound = Math.min(bound, e.order);
  }
  const stored = out
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.seq !== undefined && e.via.includes(pattern))
    .sort((a, b) => b.e.seq! - a.e.seq!);
  for (const { e, i } of stored) {
    if (added.has(i) && e.order >= bound) out[i] = { ...e, order: bound - 0.001 };
    bound = Math.min(bound, out[i]!.order);
  }
}

const order = (a: ChatEntry, b: ChatEntry) =>
  a.order - b.order || (a.seq !== undefined && b.seq !== undefined ? a.seq - b.seq : 0);

function finish(out: ChatEntry[], max: number): ChatEntry[] {
  let sorted = true;
  for (let i = 1; i < out.length && sorted; i++) sorted = order(out[i - 1]!, out[i]!) <= 0;
  if (!sorted) out.sort(order);
  return out.length > max ? out.slice(-max) : out;
}
