// Test support: a Counter controller on a manual clock, and a client whose
// deliveries the test makes (subscriptions confirmed at once).
import type { Host } from "../../host/host";
import { memoryStorage, randomId } from "../../host/host";
import { ManualScheduler } from "../../host/manual-scheduler";
import type { BusMessage, NatsClient } from "../../nats/nats-client";
import type { CounterOptions } from "./counter-controller";
import { createCounter } from "./counter-controller";

const enc = new TextEncoder();
type Headers = [string, string][];

/** A client whose subscriptions are confirmed at once and whose deliveries the test makes. */
function deliveringClient() {
  const subs = new Map<string, (m: BusMessage) => void>();
  const client: NatsClient = {
    name: "tester",
    publish: () => "sent",
    subscribe: (subject, onMessage) => {
      subs.set(subject, onMessage);
      return { sid: subs.size, subject, unsubscribe: () => subs.delete(subject), isClosed: () => false, ready: () => Promise.resolve() };
    },
    request: () => Promise.reject(new Error("not used")),
    newInbox: () => "_INBOX.test",
    flush: () => Promise.resolve(),
    rtt: () => Promise.resolve(0),
    server: () => undefined,
    isConnected: () => true,
    onStatus: () => () => undefined,
  };
  const deliver = (subject: string, payload: Uint8Array | string, options: { reply?: string; headers?: Headers } = {}) => {
    const bytes = typeof payload === "string" ? enc.encode(payload) : payload;
    // a view into a bigger buffer, as nats.ws gives it
    const chunk = new Uint8Array(bytes.length + 32);
    chunk.set(bytes, 16);
    const data = chunk.subarray(16, 16 + bytes.length);
    subs.get(subject)!({
      subject,
      data,
      text: new TextDecoder().decode(data),
      reply: options.reply,
      headers: options.headers && Object.fromEntries([...options.headers].reverse()),
      headerList: options.headers,
      sid: 1,
      respond: () => false,
    });
  };
  return { client, deliver };
}

export function counterIn(options: CounterOptions = {}) {
  const scheduler = new ManualScheduler();
  scheduler.time = 5000;
  const host: Host = {
    now: scheduler.now,
    elapsed: scheduler.elapsed,
    setTimeout: scheduler.setTimeout,
    every: scheduler.every,
    nextFrame: scheduler.nextFrame,
    yieldThen: scheduler.yieldThen,
    storage: memoryStorage(),
    visibility: { visible: () => true, onChange: () => () => undefined },
    onLeave: () => () => undefined,
    randomId,
  };
  const { client, deliver } = deliveringClient();
  const counter = createCounter({ client, host }, options);
  return { counter, deliver, frame: () => scheduler.frame(), scheduler };
}

