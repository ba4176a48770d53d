import { CHAT } from "./chat-constants";

// The chat's JSON envelope. Anything else on a chat subject (plain text from
// `nats pub`, the lab's Python clients, JSON that is not an envelope) is shown
// as text from an unnamed sender.
export type ReplyRef = { id: string; from: string; text: string; subject: string };
export type ForwardRef = { id: string; from: string; subject: string; sentAt: number };
export type Envelope = { id: string; from: string; text: string; sentAt: number; replyTo?: ReplyRef; forwardedFrom?: ForwardRef };

export type ChatPayload =
  | { kind: "envelope"; id?: string; from?: string; text: string; sentAt?: number; replyTo?: ReplyRef; forwardedFrom?: ForwardRef }
  | { kind: "text"; text: string };

/** What a reply or a forward needs to know about the message it refers to. */
export type Original = { id?: string; from?: string; text: string; subject: string; sentAt?: number; forwardedFrom?: ForwardRef };

const MAX_FROM = 100;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown, max = Infinity): string | undefined => (typeof v === "string" ? v.slice(0, max) : undefined);

function time(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return v;
  if (typeof v === "string") {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

function replyRef(v: unknown): ReplyRef | undefined {
  if (!isObject(v) || typeof v.text !== "string") return undefined;
  return { id: str(v.id) ?? "", from: str(v.from, MAX_FROM) || CHAT.unnamed, text: v.text, subject: str(v.subject) ?? "" };
}

function forwardRef(v: unknown): ForwardRef | undefined {
  if (!isObject(v) || typeof v.subject !== "string") return undefined;
  return { id: str(v.id) ?? "", from: str(v.from, MAX_FROM) || CHAT.unnamed, subject: v.subject, sentAt: time(v.sentAt) ?? 0 };
}

export function parseChatPayload(text: string): ChatPayload {
  const t = text.trimStart();
  if (!t.startsWith("{")) return { kind: "text", text };
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    return { kind: "text", text };
  }
  // An object without a string `text` ({"a":1}) is not ours: show what was sent.
  if (!isObject(value) || typeof value.text !== "string") return { kind: "text", text };
  return {
    kind: "envelope",
    id: str(value.id) || undefined,
    from: str(value.from, MAX_FROM) || undefined,
    text: value.text,
    sentAt: time(value.sentAt),
    replyTo: replyRef(value.replyTo),
    forwardedFrom: forwardRef(value.forwardedFrom),
  };
}

export function quote(text: string, max: number = CHAT.quoteChars): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function buildMessage(from: string, text: string, id: string, sentAt: number): Envelope {
  return { id, from, text, sentAt };
}

export function buildReply(original: Original, from: string, text: string, id: string, sentAt: number): Envelope {
  return {
    id,
    from,
    text,
    sentAt,
    replyTo: { id: original.id ?? "", from: original.from ?? CHAT.unnamed, text: quote(original.text), subject: original.subject },
  };
}

// A forward of a forward still names the first author and room: that is what
// the reader wants to know.
export function buildForward(original: Original, from: string, id: string, sentAt: number): Envelope {
  return {
    id,
    from,
    text: original.text,
    sentAt,
    forwardedFrom: original.forwardedFrom ?? {
      id: original.id ?? "",
      from: original.from ?? CHAT.unnamed,
      subject: original.subject,
      sentAt: original.sentAt ?? 0,
    },
  };
}

// crypto.randomUUID exists only in secure contexts; a classroom over plain
// http://192.168.x.y is not one, getRandomValues works everywhere.
export function newMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
