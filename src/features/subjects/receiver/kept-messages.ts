import type { BusMessage } from "../../../nats/nats-client";
import { LOG_SIZE } from "./receiver-store";

export type HeaderRows = readonly (readonly [string, string])[];

/** A log row's whole message, as its first delivery brought it. */
export type KeptMessage = { payload: Uint8Array; headers: HeaderRows; reply?: string };

export type KeptLimits = { rows: number; bytes: number };

// 8 MB: eight messages at the server's default 1 MB max_payload, or the whole
// log (500 rows) of 16 KB payloads — a small share of a tab's heap, and bounded.
export const KEPT_BYTES = 8 * 1024 * 1024;
export const KEPT_LIMITS: KeptLimits = { rows: LOG_SIZE, bytes: KEPT_BYTES };
/** What a kept row costs besides its payload and header text: the entry, the byte array and its buffer, the Map slot (measured in V8: ~296 bytes for a 5-byte payload). */
export const ROW_OVERHEAD = 300;

/** Why a row opens without its payload (receiver-text.ts says it). */
export type NotKept =
  /** pushed out by newer rows: only the newest `rows`, within `bytes`, are kept */
  | { kind: "dropped"; rows: number; bytes: number }
  /** bigger than everything the panel keeps: never kept */
  | { kind: "too-big"; size: number; bytes: number };

type Entry = { message: KeptMessage; cost: number };

const NO_HEADERS: HeaderRows = Object.freeze([]);

function headerCost(headers: HeaderRows): number {
  let chars = 0;
  for (const [name, value] of headers) chars += name.length + value.length;
  return chars * 2;
}

// The full payloads, headers and reply subjects of the newest log rows, owned
// by the receiver's controller (the store only has previews). A flood offers
// thousands of rows per slice; only the newest `rows` of them are copied.
export class KeptMessages {
  private readonly entries = new Map<number, Entry>();
  private offeredIds: number[] = [];
  private offeredMessages: BusMessage[] = [];
  /** what the kept rows cost, by the estimate above */
  bytes = 0;

  constructor(readonly limits: KeptLimits = KEPT_LIMITS) {}

  /** A new row and its first delivery; kept (or not) at the end of the slice, in settle(). */
  offer(id: number, m: BusMessage): void {
    this.offeredIds.push(id);
    this.offeredMessages.push(m);
  }

  /** Keeps the newest rows offered, oldest rows leaving first while over the limits. */
  settle(): void {
    const n = this.offeredIds.length;
    for (let i = Math.max(0, n - this.limits.rows); i < n; i++) this.keep(this.offeredIds[i]!, this.offeredMessages[i]!);
    this.offeredIds = [];
    this.offeredMessages = [];
  }

  get(id: number): KeptMessage | undefined {
    return this.entries.get(id)?.message;
  }

  /** Why a row is not kept: its size tells a payload too big to keep from one pushed out. */
  whyNot(size: number): NotKept {
    return size + ROW_OVERHEAD > this.limits.bytes
      ? { kind: "too-big", size, bytes: this.limits.bytes }
      : { kind: "dropped", rows: this.limits.rows, bytes: this.limits.bytes };
  }

  get count(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.offeredIds = [];
    this.offeredMessages = [];
    this.bytes = 0;
  }

  private keep(id: number, m: BusMessage) {
    const data = m.data;
    if (data.length + ROW_OVERHEAD > this.limits.bytes) return;
    const headers = m.headerList ?? NO_HEADERS;
    const cost = data.length + headerCost(headers) + ROW_OVERHEAD;
    if (cost > this.limits.bytes) return;
    // a copy: the delivered bytes are a view into the socket's whole frame, which keeping the view would keep alive
    this.entries.set(id, { message: { payload: data.slice(), headers, reply: m.reply }, cost });
    this.bytes += cost;
    for (const [old, e] of this.entries) {
      if (this.entries.size <= this.limits.rows && this.bytes <= this.limits.bytes) break;
      this.entries.delete(old);
      this.bytes -= e.cost;
    }
  }
}
