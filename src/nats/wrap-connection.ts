import { headers as natsHeaders, createInbox } from "nats.ws";
import type { Msg, MsgHdrs, NatsConnection, Subscription } from "nats.ws";
import type { BusMessage, BusSubscription, Headers, NatsClient, Payload, PublishOptions, ServerFacts } from "./nats-client";
import { BusError, formatBytes, RequestFailure, toBusError } from "./errors";
import { Outbox, OUTBOX_MAX_BYTES, OUTBOX_MAX_MESSAGES } from "./outbox";
import { decodeText } from "./decode-text";

const encoder = new TextEncoder();

export function encode(data: Payload): Uint8Array {
  return typeof data === "string" ? encoder.encode(data) : data;
}

function toHdrs(h: Headers | undefined): MsgHdrs | undefined {
  if (!h) return undefined;
  const out = natsHeaders();
  for (const [k, v] of Object.entries(h)) out.set(k, v);
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

const raw = new WeakMap<NatsClient, NatsConnection>();

/** For src/nats/ modules that need nats.ws itself (JetStream); never exported past src/nats/. */
export function rawConnection(client: NatsClient): NatsConnection {
  const nc = raw.get(client);
  if (!nc) throw new Error("not a wrapped nats.ws connection");
  return nc;
}

export function wrapConnection(nc: NatsConnection, name: string): NatsClient {
  const client = makeClient(nc, name);
  raw.set(client, nc);
  return client;
}

function makeClient(nc: NatsConnection, name: string): NatsClient {
  const facts = (): ServerFacts | undefined => {
    const info = nc.info;
    if (!info) return undefined;
    return {
      serverName: info.server_name,
      serverId: info.server_id,
      version: info.version,
      maxPayload: info.max_payload,
      jetstream: Boolean(info.jetstream),
      cluster: info.cluster,
      url: nc.getServer(),
    };
  };
  const checkSize = (subject: string, data: Uint8Array) => {
    const max = nc.info?.max_payload;
    if (max !== undefined && data.length > max) {
      throw new BusError(
        `message of ${data.length} bytes is over the server's max_payload of ${max} bytes`,
        RequestFailure.PayloadTooLarge,
        subject,
      );
    }
  };
  type Pending = { subject: string; bytes: Uint8Array; options?: PublishOptions };
  const outbox = new Outbox<Pending>();
  let online = true;
  const send = ({ subject, bytes, options }: Pending) =>
    nc.publish(subject, bytes, { reply: options?.reply, headers: toHdrs(options?.headers) });
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === "disconnect") online = false;
      if (s.type === "reconnect") {
        online = true;
        // runs before any other code: queued messages go out first, in order
        outbox.drain((p) => {
          try {
            send(p);
          } catch {
            /* refused by the server (permissions): reported by its async error */
          }
        });
      }
    }
  })();
  return {
    name,
    publish(subject, data, options) {
      const bytes = encode(data);
      checkSize(subject, bytes);
      if (!online) {
        if (outbox.offer({ subject, bytes, options }, bytes.length + subject.length)) return "queued";
        throw new BusError(
          `not connected, and the offline buffer is full (${OUTBOX_MAX_MESSAGES} messages or ${formatBytes(OUTBOX_MAX_BYTES)}): this message was not sent`,
          RequestFailure.NotConnected,
          subject,
        );
      }
      try {
        send({ subject, bytes, options });
        return "sent";
      } catch (err) {
        throw toBusError(err, subject, nc.info?.max_payload);
      }
    },
    subscribe(subject, onMessage, options) {
      let sub: Subscription;
      try {
        sub = nc.subscribe(subject, {
          queue: options?.queue,
          callback: (err, msg) => {
            if (err) options?.onError?.(toBusError(err, subject));
            else onMessage(toBusMessage(msg));
          },
        });
      } catch (err) {
        throw toBusError(err, subject);
      }
      return wrapSubscription(nc, sub, subject, options?.queue);
    },
    async request(subject, data, options) {
      const bytes = encode(data);
      checkSize(subject, bytes);
      if (!online) throw new BusError(`not connected: the request to '${subject}' was not sent`, RequestFailure.NotConnected, subject);
      try {
        const reply = await nc.request(subject, bytes, { timeout: options.timeoutMs, headers: toHdrs(options.headers) });
        return toBusMessage(reply);
      } catch (err) {
        throw toBusError(err, subject, nc.info?.max_payload);
      }
    },
    newInbox: () => createInbox(),
    flush: () => nc.flush(),
    rtt: () => nc.rtt(),
    server: facts,
    isConnected: () => !nc.isClosed() && nc.info !== undefined,
  };
}

function wrapSubscription(nc: NatsConnection, sub: Subscription, subject: string, queue?: string): BusSubscription {
  return {
    sid: sub.getID(),
    subject,
    queue,
    unsubscribe: () => {
      if (!sub.isClosed()) sub.unsubscribe();
    },
    isClosed: () => sub.isClosed(),
    ready: async () => {
      // A flush round-trips to the server; a refused SUB arrives as -ERR before the PONG.
      await nc.flush();
      if (sub.isClosed()) throw new BusError(`subscription to '${subject}' was refused by the server`, RequestFailure.PermissionDenied, subject);
    },
  };
}
