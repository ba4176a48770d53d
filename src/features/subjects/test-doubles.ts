// For unit tests only: a Host whose time moves when the test says so, and a
// client that routes messages like a server would (one delivery per matching
// subscription, in order) without any network.
import type { Host } from "../../host/host";
import { memoryStorage } from "../../host/host";
import { ManualScheduler } from "../../host/manual-scheduler";
import type { BusMessage, BusSubscription, ClientStatus, Headers, NatsClient, PublishOptions, ServerFacts } from "../../nats/nats-client";
import { matches } from "../../subjects/subject-match";
import { MSG_ID_HEADER } from "./msg-id-header";

export function manualHost(clock = new ManualScheduler()): Host & { clock: ManualScheduler } {
  let ids = 0;
  return {
    clock,
    now: clock.now,
    elapsed: clock.elapsed,
    setTimeout: clock.setTimeout,
    every: clock.every,
    nextFrame: clock.nextFrame,
    yieldThen: clock.yieldThen,
    storage: memoryStorage(),
    visibility: { visible: () => true, onChange: () => () => undefined },
    onLeave: () => () => undefined,
    randomId: () => `id${++ids}`,
  };
}

const FACTS: ServerFacts = { serverName: "fake", serverId: "fake", version: "2.9.10", maxPayload: 1 << 20, jetstream: false, url: "fake://" };
const encoder = new TextEncoder();

export type DeliverOptions = { msgId?: string; only?: string[]; reply?: string; headerList?: readonly (readonly [string, string])[] };

type FakeSub = { subject: string; onMessage: (m: BusMessage) => void; closed: boolean; sid: number; readyWaits: (() => void)[] };

export type FakeClient = NatsClient & {
  /** what the tab published, in order */
  published: { subject: string; data: string; headers?: Headers; headerList?: PublishOptions["headerList"] }[];
  /** the patterns subscribed on the "server" now */
  open(): string[];
  /** a message from another client, to every matching subscription (or only those given) */
  deliver(subject: string, payload: string | Uint8Array, options?: DeliverOptions): void;
  /** the first connection: sids are given, waiting subscriptions become ready */
  connect(): void;
  emit(status: ClientStatus): void;
};

export function fakeClient(options: { connected?: boolean } = {}): FakeClient {
  let connected = options.connected ?? true;
  let sids = 0;
  const subs: FakeSub[] = [];
  const listeners = new Set<(s: ClientStatus) => void>();
  const message = (subject: string, payload: string | Uint8Array, sid: number, o: DeliverOptions): BusMessage => {
    const data = typeof payload === "string" ? encoder.encode(payload) : payload;
    const headerList = [...(o.msgId ? [[MSG_ID_HEADER, o.msgId] as const] : []), ...(o.headerList ?? [])];
    const headers = headerList.length > 0 ? Object.fromEntries([...headerList].reverse()) : undefined;
    return {
      subject, sid, data, headers, headerList: headerList.length > 0 ? headerList : undefined, reply: o.reply,
      text: new TextDecoder().decode(data), respond: () => false,
    };
  };
  const client: FakeClient = {
    name: "fake",
    published: [],
    publish(subject: string, data: string | Uint8Array, o?: PublishOptions) {
      const text = typeof data === "string" ? data : new TextDecoder().decode(data);
      client.published.push({ subject, data: text, headers: o?.headers, headerList: o?.headerList });
      return connected ? "sent" : "queued";
    },
    subscribe(subject, onMessage) {
      const s: FakeSub = { subject, onMessage, closed: false, sid: connected ? ++sids : -1, readyWaits: [] };
      subs.push(s);
      const bus: BusSubscription = {
        get sid() {
          return s.sid;
        },
        subject,
        unsubscribe: () => void (s.closed = true),
        isClosed: () => s.closed,
        ready: () => (connected ? Promise.resolve() : new Promise<void>((resolve) => s.readyWaits.push(resolve))),
      };
      return bus;
    },
    request: () => Promise.reject(new Error("not in this fake")),
    newInbox: () => `_INBOX.${++sids}`,
    flush: () => Promise.resolve(),
    rtt: () => Promise.resolve(1),
    server: () => (connected ? FACTS : undefined),
    isConnected: () => connected,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open: () => subs.filter((s) => !s.closed).map((s) => s.subject),
    deliver(subject, payload, options = {}) {
      for (const s of subs) {
        if (s.closed || !matches(s.subject, subject) || (options.only && !options.only.includes(s.subject))) continue;
        s.onMessage(message(subject, payload, s.sid, options));
      }
    },
    connect() {
      connected = true;
      for (const s of subs) if (s.sid < 0) s.sid = ++sids;
      client.emit({ type: "connected" });
      for (const s of subs) s.readyWaits.splice(0).forEach((resolve) => resolve());
    },
    emit: (status) => listeners.forEach((l) => l(status)),
  };
  return client;
}
