import { createInbox } from "nats.ws";
import type { NatsConnection, Subscription } from "nats.ws";
import type { BusMessage, BusSubscription, ClientStatus, NatsClient, PublishOptions, ServerFacts, SubscribeOptions } from "./nats-client";
import { BusError, toBusError } from "./errors";
import { Outbox, OUTBOX_MAX_BYTES, OUTBOX_MAX_MESSAGES } from "./outbox";
import { encode, toBusMessage, toHdrs } from "./bus-message";

export type PendingClient = {
  client: NatsClient;
  /** hands over the connection once it is open: waiting subscriptions and queued publishes go out */
  attach(nc: NatsConnection): void;
};

const raw = new WeakMap<NatsClient, () => NatsConnection | undefined>();

/** For src/nats/ modules that need nats.ws itself (JetStream); never exported past src/nats/. */
export function rawConnection(client: NatsClient): NatsConnection | undefined {
  return raw.get(client)?.();
}

/** A client over a connection that is already open (Node services, tests). */
export function wrapConnection(nc: NatsConnection, name: string): NatsClient {
  const pending = createPendingClient(name);
  pending.attach(nc);
  return pending.client;
}

type Listen = { subject: string; onMessage: (m: BusMessage) => void; options?: SubscribeOptions; sub?: Subscription; stopped: boolean };
type Queued = { subject: string; bytes: Uint8Array; options?: PublishOptions };

// A client that exists before its connection: the tab builds its features at
// once, and what they do before the first connect waits here — subscriptions
// are made on connect, publishes go to the offline buffer, requests fail fast.
export function createPendingClient(name: string): PendingClient {
  let nc: NatsConnection | undefined;
  let online = false;
  let markConnected!: () => void;
  const connected = new Promise<void>((resolve) => (markConnected = resolve));
  const waiting = new Set<Listen>();
  const listeners = new Set<(s: ClientStatus) => void>();
  const outbox = new Outbox<Queued>();
  const emit = (s: ClientStatus) => listeners.forEach((l) => l(s));

  const send = (c: NatsConnection, { subject, bytes, options }: Queued) =>
    c.publish(subject, bytes, { reply: options?.reply, headers: toHdrs(options?.headers, options?.headerList) });
  const drainOutbox = (c: NatsConnection) =>
    outbox.drain((p) => {
      try {
        send(c, p);
      } catch {
        /* refused by the server (permissions): reported by its async error */
      }
    });
  /** the error, when nats.ws refuses at once (a subject it cannot send) */
  const open = (c: NatsConnection, l: Listen): BusError | undefined => {
    try {
      l.sub = c.subscribe(l.subject, {
        queue: l.options?.queue,
        callback: (err, msg) => {
          if (err) l.options?.onError?.(toBusError(err, l.subject));
          else l.onMessage(toBusMessage(msg));
        },
      });
      return undefined;
    } catch (err) {
      l.stopped = true;
      return toBusError(err, l.subject);
    }
  };
  const checkSize = (subject: string, data: Uint8Array) => {
    const max = nc?.info?.max_payload;
    if (max !== undefined && data.length > max) {
      throw new BusError({ kind: "too-large", subject, size: data.length, limit: max });
    }
  };
  const facts = (): ServerFacts | undefined => {
    const info = nc?.info;
    if (!nc || !info) return undefined;
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

  const client: NatsClient = {
    name,
    publish(subject, data, options) {
      const bytes = encode(data);
      checkSize(subject, bytes);
      if (!online || !nc) {
        if (outbox.offer({ subject, bytes, options }, bytes.length + subject.length)) return "queued";
        throw new BusError({ kind: "offline-buffer-full", subject, maxMessages: OUTBOX_MAX_MESSAGES, maxBytes: OUTBOX_MAX_BYTES });
      }
      try {
        send(nc, { subject, bytes, options });
        return "sent";
      } catch (err) {
        throw toBusError(err, subject, nc.info?.max_payload);
      }
    },
    subscribe(subject, onMessage, options) {
      const l: Listen = { subject, onMessage, options, stopped: false };
      if (nc) {
        const refused = open(nc, l);
        if (refused) throw refused;
      } else {
        waiting.add(l);
      }
      return listening(l);
    },
    async request(subject, data, options) {
      const bytes = encode(data);
      checkSize(subject, bytes);
      if (!online || !nc) throw new BusError({ kind: "request-offline", subject });
      try {
        return toBusMessage(await nc.request(subject, bytes, { timeout: options.timeoutMs, headers: toHdrs(options.headers) }));
      } catch (err) {
        throw toBusError(err, subject, nc.info?.max_payload);
      }
    },
    newInbox: () => createInbox(),
    flush: async () => {
      await connected;
      await nc!.flush();
    },
    rtt: () => (nc ? nc.rtt() : Promise.reject(new BusError({ kind: "not-connected" }))),
    server: facts,
    isConnected: () => online && nc !== undefined && !nc.isClosed(),
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  function listening(l: Listen): BusSubscription {
    return {
      get sid() {
        return l.sub?.getID() ?? -1;
      },
      subject: l.subject,
      queue: l.options?.queue,
      unsubscribe() {
        l.stopped = true;
        waiting.delete(l);
        if (l.sub && !l.sub.isClosed()) l.sub.unsubscribe();
      },
      isClosed: () => l.stopped || (l.sub?.isClosed() ?? false),
      async ready() {
        await connected;
        // A flush round-trips to the server; a refused SUB arrives as -ERR before the PONG.
        await nc!.flush();
        if (!l.stopped && (!l.sub || l.sub.isClosed())) {
          throw new BusError({ kind: "refused-subscription", subject: l.subject });
        }
      },
    };
  }

  const attach = (c: NatsConnection) => {
    nc = c;
    online = true;
    for (const l of waiting) {
      const refused = l.stopped ? undefined : open(c, l);
      if (refused) l.options?.onError?.(refused);
    }
    waiting.clear();
    drainOutbox(c);
    markConnected();
    emit({ type: "connected" });
    void c.closed().then((err) => {
      online = false;
      emit({ type: "closed", reason: err?.message });
    });
    void (async () => {
      for await (const s of c.status()) {
        if (s.type === "disconnect") {
          online = false;
          emit({ type: "disconnected" });
        }
        if (s.type === "reconnect") {
          online = true;
          // runs before any other code: queued messages go out first, in order
          drainOutbox(c);
          emit({ type: "reconnected" });
        }
      }
    })();
  };
  raw.set(client, () => nc);
  return { client, attach };
}
