import { describe, expect, it } from "vitest";
import type { Host } from "../../host/host";
import { ManualScheduler } from "../../host/manual-scheduler";
import { nodeHost } from "../../host/node-host";
import type { BusMessage, NatsClient, PublishOptions } from "../../nats/nats-client";
import type { LateReply } from "./hotline-ask";
import { askHotline } from "./hotline-ask";
import { createHotlineRequester, LATE_WINDOW_MS } from "./hotline-requester-controller";
import { selectedCall } from "./hotline-requester-store";

function manualHost(): { host: Host; time: ManualScheduler } {
  const time = new ManualScheduler();
  const { now, elapsed, setTimeout, every, nextFrame, yieldThen } = time;
  return { host: { ...nodeHost(), now, elapsed, setTimeout, every, nextFrame, yieldThen }, time };
}

/** A connected client: keeps what is published, lets the test deliver to a subscription. */
function fakeBus() {
  const listeners = new Map<string, (m: BusMessage) => void>();
  const published: { subject: string; options?: PublishOptions }[] = [];
  let inboxes = 0;
  const client: NatsClient = {
    name: "carol",
    publish(subject, _data, options) {
      published.push({ subject, options });
      return "sent";
    },
    subscribe(subject, onMessage, options) {
      listeners.set(subject, onMessage);
      return { sid: 1, subject, queue: options?.queue, unsubscribe: () => void listeners.delete(subject), isClosed: () => !listeners.has(subject), ready: () => Promise.resolve() };
    },
    request: () => Promise.reject(new Error("not used here")),
    newInbox: () => `_INBOX.late${++inboxes}`,
    flush: () => Promise.resolve(),
    rtt: () => Promise.resolve(1),
    server: () => ({ serverName: "fake", serverId: "x", version: "2.10.0", maxPayload: 1 << 20, jetstream: false, url: "fake" }),
    isConnected: () => true,
    onStatus: () => () => undefined,
  };
  const deliver = (subject: string, text: string) => {
    const data = new TextEncoder().encode(text);
    listeners.get(subject)?.({ subject, data, text, sid: 1, respond: () => true });
  };
  return { client, listeners, published, deliver };
}

const LATE = '{"ok":true,"code":"sleep","result":{"sleptMs":900},"agent":"alice"}';

describe("hotline ask - a late reply on the explicit inbox", () => {
  it("after the timeout the inbox listens windowMs more: the first reply is handed over as late, then it unsubscribes", async () => {
    const { host, time } = manualHost();
    const bus = fakeBus();
    const late: LateReply[] = [];
    const asking = askHotline({ client: bus.client, host }, { subject: "hotline", payload: "{}", timeoutMs: 400, mode: "inbox", late: { windowMs: 1000, onLate: (l) => late.push(l) } });
    const inbox = bus.published[0]!.options!.reply!;
    time.advance(400);
    expect(await asking.result).toEqual({ kind: "timeout", timeoutMs: 400, inbox });
    expect(bus.listeners.has(inbox)).toBe(true);
    time.advance(500);
    bus.deliver(inbox, LATE);
    expect(late).toHaveLength(1);
    expect(late[0]!.result).toMatchObject({ kind: "reply", agent: "alice", rttMs: 900, inbox });
    expect(late[0]!.message).toMatchObject({ subject: inbox, receivedAt: 900 });
    expect(bus.listeners.size).toBe(0);
  });

  it("nothing within the window: unsubscribed at its end; cancel() ends it sooner", async () => {
    const { host, time } = manualHost();
    const bus = fakeBus();
    const onLate = () => expect.unreachable("no late reply");
    const a = askHotline({ client: bus.client, host }, { subject: "hotline", payload: "{}", timeoutMs: 100, mode: "inbox", late: { windowMs: 1000, onLate } });
    time.advance(100);
    await a.result;
    time.advance(999);
    expect(bus.listeners.size).toBe(1);
    time.advance(1);
    expect(bus.listeners.size).toBe(0);

    const b = askHotline({ client: bus.client, host }, { subject: "hotline", payload: "{}", timeoutMs: 100, mode: "inbox", late: { windowMs: 1000, onLate } });
    time.advance(100);
    await b.result;
    b.cancel();
    expect(bus.listeners.size).toBe(0);
  });

  it("a reply in time is no late reply, and the inbox goes at once", async () => {
    const { host, time } = manualHost();
    const bus = fakeBus();
    const a = askHotline({ client: bus.client, host }, { subject: "hotline", payload: "{}", timeoutMs: 400, mode: "inbox", late: { windowMs: 1000, onLate: () => expect.unreachable() } });
    time.advance(3);
    bus.deliver(bus.published[0]!.options!.reply!, LATE);
    expect(await a.result).toMatchObject({ kind: "reply", rttMs: 3 });
    expect(bus.listeners.size).toBe(0);
  });
});

describe("hotline requester - late replies, the selected call", () => {
  async function timedOut() {
    const { host, time } = manualHost();
    const bus = fakeBus();
    const r = createHotlineRequester({ client: bus.client, host });
    r.edit({ mode: "inbox", timeoutMs: "400", json: '{"code": "sleep", "ms": 900}' });
    const sent = r.send();
    time.advance(400);
    await sent;
    return { r, bus, time, inbox: bus.published[0]!.options!.reply! };
  }

  it("the call stays a timeout and gains its late reply, which the inspector and the Result now have", async () => {
    const { r, bus, time, inbox } = await timedOut();
    const before = r.store.getState().history[0]!;
    expect(before).toMatchObject({ id: 1, result: { kind: "timeout" } });
    expect(before.inspect.reply).toBeUndefined();
    time.advance(500);
    bus.deliver(inbox, LATE);
    const call = r.store.getState().history[0]!;
    expect(call.result.kind).toBe("timeout");
    expect(call.late).toMatchObject({ kind: "reply", agent: "alice", rttMs: 900 });
    expect(call.inspect.reply).toMatchObject({ subject: inbox, at: 900 });
    expect(r.store.getState().last).toBe(call);
    expect(new TextDecoder().decode(r.inspect(1, "reply")!.payload)).toBe(LATE);
    expect(r.inspect(1, "request")).toBeDefined();
    r.stop();
  });

  it("the late window is LATE_WINDOW_MS; stop() ends every inbox still listening", async () => {
    const { r, bus, time } = await timedOut();
    expect(bus.listeners.size).toBe(1);
    time.advance(LATE_WINDOW_MS - 1);
    expect(bus.listeners.size).toBe(1);
    r.stop();
    expect(bus.listeners.size).toBe(0);
  });

  it("a late reply for a call cleared from the history is dropped", async () => {
    const { r, bus, inbox } = await timedOut();
    r.clearHistory();
    r.store.setState({ last: undefined });
    bus.deliver(inbox, LATE);
    expect(r.inspect(1, "reply")).toBeUndefined();
    r.stop();
  });

  it("the Sequence shows the latest call, or the one picked while it is in the history; a new send follows the new calls", async () => {
    const { host, time } = manualHost();
    const bus = fakeBus();
    const r = createHotlineRequester({ client: bus.client, host });
    r.edit({ mode: "inbox", timeoutMs: "10" });
    for (let i = 0; i < 3; i++) {
      const sent = r.send();
      time.advance(10);
      await sent;
    }
    expect(selectedCall(r.store.getState())?.id).toBe(3);
    r.select(1);
    expect(selectedCall(r.store.getState())?.id).toBe(1);
    r.select(99);
    expect(selectedCall(r.store.getState())?.id).toBe(3);
    r.select(2);
    const sent = r.send();
    expect(r.store.getState().selected).toBeUndefined();
    time.advance(10);
    await sent;
    expect(selectedCall(r.store.getState())?.id).toBe(4);
    r.select(2);
    r.clearHistory();
    expect(r.store.getState().selected).toBeUndefined();
    expect(selectedCall(r.store.getState())?.id).toBe(4);
    r.stop();
  });

  it("exportable: the history oldest first, with the request's bytes", async () => {
    const { r } = await timedOut();
    const all = r.exportable();
    expect(all.map((x) => x.call.id)).toEqual([1]);
    expect(new TextDecoder().decode(all[0]!.request!.payload)).toBe('{"code": "sleep", "ms": 900}');
    expect(all[0]!.reply).toBeUndefined();
    r.stop();
  });
});
