// The Chat conversation as a record to take home: the messages of one view (All,
// or one subscription), oldest first, as the tab holds them — with each message's
// headers, reply subject and size while the tab still keeps its wire (chat-kept.ts).
// Pure: no React, no DOM.
import type { CsvColumn } from "../../ui/export/csv";
import { ALL_VIEW } from "./chat-constants";
import type { ForwardRef, ReplyRef } from "./chat-envelope";
import type { Wire } from "../../ui/inspector/kept";
import type { ChatEntry } from "./chat-timeline";
import { base64 } from "../../ui/export/base64";

/** A message of the view with its first delivery's wire, if still kept. */
export type ExportableEntry = { entry: ChatEntry; wire?: Wire };

/** How the sender wrote it: the chat's JSON envelope, plain text (shown as "unnamed"), or bytes that are not UTF-8. */
export type MessageFormat = "envelope" | "text" | "binary";

export type ExportedChatMessage = {
  /** 1 = the oldest message of the exported view */
  n: number;
  /** the envelope's id (also its Nats-Msg-Id); null for plain text */
  id: string | null;
  /** the envelope's sender; null when it names none (plain text): the panel says "unnamed" */
  from: string | null;
  /** the whole text (the conversation shows the first 4 000 characters); empty for binary */
  text: string;
  format: MessageFormat;
  subject: string;
  /** the sender's clock, from the envelope */
  sentAt: string | null;
  /** when this tab received it live */
  receivedAt: string | null;
  /** when the CHAT stream stored it, for a message read from the history */
  storedAt: string | null;
  /** read from the stream's history, or received live */
  source: "history" | "live";
  /** its sequence in the CHAT stream, once the history has seen it */
  seq: number | null;
  /** the patterns of this tab's subscriptions that delivered it */
  deliveredBy: string[];
  replyTo: ReplyRef | null;
  forwardedFrom: (Omit<ForwardRef, "sentAt"> & { sentAt: string | null }) | null;
  /** false: the tab no longer keeps the message's wire (its newest 2 000, up to 8 MB): no headers, reply subject or size */
  kept: boolean;
  /** in order, a name may repeat; null when not kept */
  headers: { name: string; value: string }[] | null;
  /** the message's own reply subject (a foreign client may set one) */
  replySubject: string | null;
  /** payload bytes; null when not kept (a binary payload's size is always known) */
  size: number | null;
  /** a binary payload: whole in base64 while kept, else its first bytes in hex (as the panel shows) */
  binary: { size: number; base64: string | null; preview: string } | null;
};

const iso = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) || ms <= 0 ? null : new Date(ms).toISOString());


// Plain text keeps its payload as `raw`, equal to its text; an envelope has no raw (it has an id) or a raw that is its JSON.
const formatOf = (e: ChatEntry): MessageFormat => (e.binary ? "binary" : e.raw === undefined || e.raw !== e.text ? "envelope" : "text");

export function exportedMessage({ entry: e, wire }: ExportableEntry, n: number): ExportedChatMessage {
  const format = formatOf(e);
  return {
    n,
    id: e.id ?? null,
    from: e.from ?? null,
    text: e.text,
    format,
    subject: e.subject,
    sentAt: iso(e.sentAt),
    receivedAt: e.fromHistory ? null : iso(e.time),
    storedAt: e.fromHistory ? iso(e.time) : null,
    source: e.fromHistory ? "history" : "live",
    seq: e.seq ?? null,
    deliveredBy: [...e.via],
    replyTo: e.replyTo ? { ...e.replyTo } : null,
    forwardedFrom: e.forwardedFrom ? { ...e.forwardedFrom, sentAt: iso(e.forwardedFrom.sentAt) } : null,
    kept: wire !== undefined,
    headers: wire ? (wire.headers ?? []).map(([name, value]) => ({ name, value })) : null,
    replySubject: wire?.reply ?? null,
    size: wire ? wire.data.byteLength : (e.binary?.size ?? null),
    binary: e.binary ? { size: e.binary.size, base64: wire ? base64(wire.data) : null, preview: e.binary.preview } : null,
  };
}

export const exportedMessages = (rows: readonly ExportableEntry[]): ExportedChatMessage[] => rows.map((r, i) => exportedMessage(r, i + 1));

/** What the file is called: chat-all, chat-chat.general; a wildcard as a word (chat-chat.star, chat-chat.gt) so the name stays one. */
export const exportWhat = (view: string) => `chat-${view === ALL_VIEW ? "all" : view.replaceAll("*", "star").replaceAll(">", "gt")}`;

const words = (list: readonly string[]) => list.join(" ");
const headerLines = (m: ExportedChatMessage) => m.headers?.map((h) => `${h.name}: ${h.value}`).join("\n") ?? "";

/** One CSV row per message: patterns separated by spaces (a pattern has none), headers one per line, `Name: value`. */
export const CHAT_CSV_COLUMNS: readonly CsvColumn<ExportedChatMessage>[] = [
  { header: "n", value: (m) => m.n },
  { header: "id", value: (m) => m.id },
  { header: "from", value: (m) => m.from },
  { header: "text", value: (m) => (m.binary ? (m.binary.base64 ?? m.binary.preview) : m.text) },
  { header: "format", value: (m) => (m.binary ? (m.binary.base64 !== null ? "binary (base64)" : "binary (first bytes, hex)") : m.format) },
  { header: "subject", value: (m) => m.subject },
  { header: "sent_at", value: (m) => m.sentAt },
  { header: "received_at", value: (m) => m.receivedAt },
  { header: "stored_at", value: (m) => m.storedAt },
  { header: "source", value: (m) => m.source },
  { header: "seq", value: (m) => m.seq },
  { header: "delivered_by", value: (m) => words(m.deliveredBy) },
  { header: "reply_to_id", value: (m) => m.replyTo?.id },
  { header: "reply_to_from", value: (m) => m.replyTo?.from },
  { header: "reply_to_subject", value: (m) => m.replyTo?.subject },
  { header: "reply_to_text", value: (m) => m.replyTo?.text },
  { header: "forwarded_from_id", value: (m) => m.forwardedFrom?.id },
  { header: "forwarded_from_from", value: (m) => m.forwardedFrom?.from },
  { header: "forwarded_from_subject", value: (m) => m.forwardedFrom?.subject },
  { header: "forwarded_from_sent_at", value: (m) => m.forwardedFrom?.sentAt },
  { header: "headers", value: headerLines },
  { header: "reply_subject", value: (m) => m.replySubject },
  { header: "size", value: (m) => m.size },
  { header: "kept", value: (m) => m.kept },
];
