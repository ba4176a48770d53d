// The Counter's values of the last minutes as a record to take home: one item
// per value, per publisher (in the order first heard), oldest first. Pure.
import type { CsvColumn } from "../../ui/export/csv";
import { utf8 } from "../../ui/inspector/payload";
import type { ExportSource } from "./counter-controller";
import type { Continuity } from "./counter-logic";
import type { Received } from "./counter-store";
import type { CounterWords } from "./counter-words";
import { noteOf, publisherName } from "./counter-words";
import { base64 } from "../../ui/export/base64";

export type ExportedValue = {
  /** the value's number in this tab (1 = the first it received) */
  n: number;
  receivedAt: string;
  subject: string;
  /** as the panel names it ("unknown": no Playground-Publisher header) */
  publisher: string;
  /** what tells two publishers apart: the Playground-Publisher-Id header, else the name */
  publisherId: string;
  /** null: the payload is not a number */
  value: number | null;
  /** as received: UTF-8 text; base64 of bytes that are not UTF-8; hex of their first bytes once no longer kept */
  payload: string;
  encoding: "utf-8" | "base64" | "hex";
  /** false: `payload` is what the panel kept of it (a long text's start, a binary payload's first bytes) */
  complete: boolean;
  /** what the panel says of it: a gap, a restart, not a number */
  note: string | null;
  continuity: Continuity | null;
  /** in order, a name may repeat */
  headers: [string, string][];
};

const iso = (ms: number) => new Date(ms).toISOString();


function payloadOf(r: Received, bytes: Uint8Array | undefined): Pick<ExportedValue, "payload" | "encoding" | "complete"> {
  const text = bytes && utf8(bytes);
  if (text !== undefined) return { payload: text, encoding: "utf-8", complete: true };
  if (bytes) return { payload: base64(bytes), encoding: "base64", complete: true };
  if (r.reading.kind === "number") return { payload: String(r.reading.value), encoding: "utf-8", complete: true };
  if (r.reading.binary) return { payload: r.reading.binary.preview, encoding: "hex", complete: false };
  // a long text keeps its start and "…"
  return r.reading.length === undefined ? { payload: r.reading.raw, encoding: "utf-8", complete: true } : { payload: r.reading.raw.slice(0, -1), encoding: "utf-8", complete: false };
}

export function exportedValues(source: ExportSource, w: CounterWords): ExportedValue[] {
  const rows: ExportedValue[] = [];
  for (const p of source.publishers) {
    for (const r of p.values) {
      rows.push({
        n: r.id,
        receivedAt: iso(r.at),
        subject: r.subject,
        publisher: publisherName(r.publisher, w),
        publisherId: r.publisherKey,
        value: r.reading.kind === "number" ? r.reading.value : null,
        ...payloadOf(r, source.payloadOf(r.id)),
        note: noteOf(r, w) ?? null,
        continuity: r.continuity && r.continuity.kind !== "first" && r.continuity.kind !== "in-step" ? r.continuity : null,
        headers: (r.headers ?? []).map(([name, value]) => [name, value]),
      });
    }
  }
  return rows;
}

/** One row per value; the headers as "Name: value" lines. */
export const VALUE_CSV_COLUMNS: readonly CsvColumn<ExportedValue>[] = [
  { header: "n", value: (r) => r.n },
  { header: "received_at", value: (r) => r.receivedAt },
  { header: "subject", value: (r) => r.subject },
  { header: "publisher", value: (r) => r.publisher },
  { header: "publisher_id", value: (r) => r.publisherId },
  { header: "value", value: (r) => r.value },
  { header: "payload", value: (r) => r.payload },
  { header: "encoding", value: (r) => r.encoding },
  { header: "complete", value: (r) => r.complete },
  { header: "note", value: (r) => r.note },
  { header: "headers", value: (r) => r.headers.map(([name, value]) => `${name}: ${value}`).join("\n") },
];
