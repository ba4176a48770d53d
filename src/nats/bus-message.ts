import { headers as natsHeaders } from "nats.ws";
import type { Msg, MsgHdrs } from "nats.ws";
import type { BusMessage, Headers, Payload } from "./nats-client";
import { toBusError } from "./errors";
import { decodeText } from "./decode-text";

const encoder = new TextEncoder();

export function encode(data: Payload): Uint8Array {
  return typeof data === "string" ? encoder.encode(data) : data;
}

export function toHdrs(h: Headers | undefined, list?: readonly (readonly [string, string])[]): MsgHdrs | undefined {
  if (!h && !list?.length) return undefined;
  const out = natsHeaders();
  for (const [k, v] of Object.entries(h ?? {})) out.set(k, v);
  for (const [k, v] of list ?? []) out.append(k, v);
  return out;
}

function fromHdrs(h: MsgHdrs | undefined): Headers | undefined {
  if (!h) return undefined;
  const out: Headers = {};
  for (const k of h.keys()) out[k] = h.get(k);
  return out;
}

// One per delivered message, so kept cheap: prototype getters, nothing decoded
// or copied until someone asks (a flood handler that only counts never pays).
class WrappedMessage implements BusMessage {
  private decoded?: string;
  private hdrs?: Headers | null;
  constructor(private readonly m: Msg) {}
  get subject() {
    return this.m.subject;
  }
  get data() {
    return this.m.data;
  }
  get text() {
    this.decoded ??= decodeText(this.m.data);
    return this.decoded;
  }
  get reply() {
    return this.m.reply || undefined;
  }
  get headers() {
    if (this.hdrs === undefined) this.hdrs = fromHdrs(this.m.headers) ?? null;
    return this.hdrs ?? undefined;
  }
  get headerList(): readonly (readonly [string, string])[] | undefined {
    const h = this.m.headers;
    if (!h) return undefined;
    const rows: [string, string][] = [];
    for (const k of h.keys()) for (const v of h.values(k)) rows.push([k, v]);
    return rows;
  }
  get sid() {
    return this.m.sid;
  }
  get status() {
    const h = this.m.headers;
    return h && h.code > 0 ? { code: h.code, description: h.description } : undefined;
  }
  respond(data: Payload, h?: Headers): boolean {
    try {
      return this.m.respond(encode(data), { headers: toHdrs(h) });
    } catch (err) {
      throw toBusError(err, this.m.reply);
    }
  }
}

export function toBusMessage(m: Msg): BusMessage {
  return new WrappedMessage(m);
}
