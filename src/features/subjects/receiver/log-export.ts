import type { CsvColumn } from "../../../ui/export/csv";
import { utf8 } from "../../../ui/inspector/payload";
import type { LogRow } from "./attribution";
import type { KeptMessage } from "./kept-messages";
import { PREVIEW_CHARS } from "./payload-glance";
import { base64 } from "../../../ui/export/base64";

// The Message log as a file: one record per message (not per delivery), with
// the patterns of this tab that received it. A row whose message is still kept
// (the newest, see KeptMessages) has its whole payload, its headers and its
// reply subject; an older one has what the log shows: the payload's preview.

/** how `payload` is written: text; a binary payload whole in base64; the hex of a binary payload's first bytes */
export type PayloadEncoding = "text" | "base64" | "hex";

export type LogRecord = {
  /** the message's number in this tab (1 = the first it received) */
  id: number;
  receivedAt: string;
  subject: string;
  payload: string;
  payloadEncoding: PayloadEncoding;
  /** false: `payload` is the log's preview (cut text, or the first bytes), the message is no longer kept */
  payloadComplete: boolean;
  size: number;
  /** published by a playground tab */
  fromPlayground: boolean;
  /** the patterns of this tab's subscriptions the server delivered it to, in delivery order */
  deliveries: string[];
  /** in order, a name may repeat; only while the message is kept */
  headers?: { name: string; value: string }[];
  reply?: string;
  /** a pattern that delivered it though the local matcher says it does not match (should never happen) */
  unexpected: string[];
  /** active patterns that match it, says the local matcher, but did not deliver it (should never happen) */
  missing: string[];
};


function payloadOf(row: LogRow, kept: KeptMessage | undefined): Pick<LogRecord, "payload" | "payloadEncoding" | "payloadComplete"> {
  if (kept) {
    const text = row.binary ? undefined : utf8(kept.payload);
    return text === undefined
      ? { payload: base64(kept.payload), payloadEncoding: "base64", payloadComplete: true }
      : { payload: text, payloadEncoding: "text", payloadComplete: true };
  }
  // a text preview is the whole payload unless it was cut (to PREVIEW_CHARS, and an ellipsis)
  return row.binary
    ? { payload: row.preview, payloadEncoding: "hex", payloadComplete: false }
    : { payload: row.preview, payloadEncoding: "text", payloadComplete: row.preview.length <= PREVIEW_CHARS };
}

export function logRecord(row: LogRow, kept?: KeptMessage): LogRecord {
  const record: LogRecord = {
    id: row.id,
    receivedAt: new Date(row.at).toISOString(),
    subject: row.subject,
    ...payloadOf(row, kept),
    size: row.size,
    fromPlayground: row.fromPlayground,
    deliveries: row.chips.map((c) => c.pattern),
    unexpected: [...row.unexpected],
    missing: [...row.missing],
  };
  if (kept) {
    record.headers = kept.headers.map(([name, value]) => ({ name, value }));
    if (kept.reply !== undefined) record.reply = kept.reply;
  }
  return record;
}

const words = (list: readonly string[]) => list.join(" ");

/** One CSV row per message: patterns are separated by spaces (a pattern has none), headers one per line, `Name: value`. */
export const LOG_CSV_COLUMNS: readonly CsvColumn<LogRecord>[] = [
  { header: "id", value: (r) => r.id },
  { header: "receivedAt", value: (r) => r.receivedAt },
  { header: "subject", value: (r) => r.subject },
  { header: "payload", value: (r) => r.payload },
  { header: "payloadEncoding", value: (r) => r.payloadEncoding },
  { header: "payloadComplete", value: (r) => r.payloadComplete },
  { header: "size", value: (r) => r.size },
  { header: "fromPlayground", value: (r) => r.fromPlayground },
  { header: "deliveries", value: (r) => words(r.deliveries) },
  { header: "headers", value: (r) => r.headers?.map((h) => `${h.name}: ${h.value}`).join("\n") },
  { header: "reply", value: (r) => r.reply },
  { header: "unexpected", value: (r) => words(r.unexpected) },
  { header: "missing", value: (r) => words(r.missing) },
];
