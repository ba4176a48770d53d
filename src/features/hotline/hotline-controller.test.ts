import { describe, expect, it } from "vitest";
import type { Host } from "../../host/host";
import { ManualScheduler } from "../../host/manual-scheduler";
import { nodeHost } from "../../host/node-host";
import type { BusMessage, NatsClient, PublishOptions } from "../../nats/nats-client";
import { createPendingClient } from "../../nats/wrap-connection";
import { STOPPED_BEFORE_REPLY } from "./hotline-agent-call";
import { createHotlineAgent } from "./hotline-agent-controller";
import { askHotline } from "./hotline-ask";
import { createHotline } from "./hotline-controller";
import { NOT_CONNECTED_YET } from "./hotline-requester-controller";
import { describeFailure, describeRequestProblem } from "./requester-words";
import { describeAgentProblem } from "./agent-words";

/** A host whose time moves only when the test says so. */
function manualHost(): { host: Host; time: ManualScheduler } {
  const time = new ManualScheduler();
  const { now, elapsed, setTimeout, every, nextFrame, yieldThen } = time;
  return { host: { ...nodeHost(), now, elapsed, setTimeout, every, nextFrame, yieldThen }, time };
}

/** A connected client that keeps what is sent and lets the test deliver messages. */
function fakeClient(name = "fake") {
  const listeners = new Map<string, (m: BusMessage) => void>();
  const published: { subject: string; text: string; options?: PublishOptions }[] = [];
  const responded: string[] = [];
  const textOf = (data: string | Uint8Array) => (typeof data === "string" ? data : new TextDecoder().decode(data));
  const message = (subject: string, text: string, reply?: string): BusMessage => ({
    subject, text, reply, sid: 1, data: new TextEncoder().encode(text),
    respond: (data) => (responded.push(textOf(data)), true),
  });
  const client: NatsClient = {
    name,
    publish(subject, data, options) {
      published.push({ subject, text: textOf(data), options });
      return "sent";
    },
    subscribe(subject, onMessage, options) {
      listeners.set(subject, onMessage);
      return {
        sid: 1, subject, queue: options?.queue,
        unsubscribe: () => void listeners.delete(subject),
        isClosed: () => !listeners.has(subject),
        ready: () => Promise.resolve(),
      };
    },
    request: () => Promise.reject(new Error("not used here")),
    newInbox: () => `_INBOX.fake${published.length}`,
    flush: () => Promise.resolve(),
    rtt: () => Promise.resolve(1),
    server: () => ({ serverName: "fake", serverId: "x", version: "2.9.10", maxPayload: 1 << 20, jetstream: false, url: "fake" }),
    isConnected: () => true,
    onStatus: () => () => undefined,
  };
  const deliver = (subject: string, text: string, reply?: string) => listeners.get(subject)!(message(subject, text, reply));
  return { client, listeners, published, responded, deliver };
}

describe("hotline controller - before the first connection", () => {
  it("the requester says so and sends nothing; the agent waits, named after the tab", async () => {
    const { client } = createPendingClient("tab-carol");
    const h = createHotline({ client, host: nodeHost() });
    try {
      expect(h.agent.store.getState().form.agent).toBe("tab-carol");
      h.agent.setAnswering(true);
      expect(h.agent.store.getState()).toMatchObject({ enabled: true, answering: undefined, error: undefined });

      await h.requester.send();
      expect(h.requester.store.getState()).toMatchObject({ notice: NOT_CONNECTED_YET, busy: false, history: [] });
      expect(h.requester.store.getState().last).toBeUndefined();
      h.requester.edit({ mode: "inbox" });
      await h.requester.send();
      expect(h.requester.store.getState()).toMatchObject({ notice: NOT_CONNECTED_YET, history: [] });
    } finally {
      h.stop();
    }
  });

  it("the one Subject field drives both halves; a typed agent name stays", () => {
    const h = createHotline({ client: createPendingClient("tab-dave").client, host: nodeHost() });
    h.editSubject("hotline.eu");
    expect(h.requester.store.getState().form.subject).toBe("hotline.eu");
    expect(h.agent.store.getState().form.subject).toBe("hotline.eu");
    h.editSubject("hotline..eu");
    expect(describeRequestProblem(h.requester.store.getState().errors.subject!)).toContain("empty token");
    expect(describeAgentProblem(h.agent.store.getState().errors.subject!)).toContain("empty token");
    h.agent.edit({ agent: "standard" });
    h.editSubject("hotline");
    expect(h.agent.store.getState().form.agent).toBe("standard");
    h.stop();
  });

  it("two controllers share nothing", () => {
    const one = createHotline({ client: createPendingClient("one").client, host: nodeHost() });
    const two = createHotline({ client: createPendingClient("two").client, host: nodeHost() });
    one.editSubject("hotline.one");
    one.requester.pickCode("sum");
    expect(two.requester.store.getState().form).toMatchObject({ subject: "hotline", code: "ping" });
    expect(two.agent.store.getState().form).toMatchObject({ subject: "hotline", agent: "two" });
    one.stop();
    two.stop();
  });
});

describe("hotline agent - the sleep code runs on the host's timers", () => {
  const answeringAgent = async () => {
    const { host, time } = manualHost();
    const bus = fakeClient("alice");
    const agent = createHotlineAgent({ client: bus.client, host });
    agent.setAnswering(true);
    await expect.poll(() => agent.store.getState().answering).toEqual({ subject: "hotline", queue: "hotline-agents" });
    return { agent, bus, time };
  };

  it("answers after the time asked, not before; the log shows the wait", async () => {
    const { agent, bus, time } = await answeringAgent();
    bus.deliver("hotline", '{"code":"sleep","ms":1500}', "_INBOX.a");
    time.advance(1499);
    expect(bus.responded).toEqual([]);
    expect(agent.store.getState().handled).toBe(0);
    time.advance(1);
    expect(JSON.parse(bus.responded[0]!)).toEqual({ ok: true, code: "sleep", result: { sleptMs: 1500 }, agent: "alice" });
    expect(agent.store.getState().calls[0]).toMatchObject({ ok: true, handlingMs: 1500, inbox: "_INBOX.a" });
    agent.stop();
  });

  it("unticking, a new subject or stop() cancels pending sleeps: logged, never answered", async () => {
    const { agent, bus, time } = await answeringAgent();
    bus.deliver("hotline", '{"code":"sleep","ms":1000}', "_INBOX.a");
    agent.edit({ subject: "hotline.b" });
    expect(bus.listeners.has("hotline")).toBe(false);
    bus.deliver("hotline.b", '{"code":"sleep","ms":1000}', "_INBOX.b");
    time.advance(10);
    agent.stop();
    time.advance(5000);
    expect(bus.responded).toEqual([]);
    expect(bus.listeners.size).toBe(0);
    expect(agent.store.getState().calls.map((c) => [c.inbox, c.note])).toEqual([
      ["_INBOX.b", STOPPED_BEFORE_REPLY],
      ["_INBOX.a", STOPPED_BEFORE_REPLY],
    ]);
  });

  it("a rename applies to the next call, on the same subscription", async () => {
    const { agent, bus } = await answeringAgent();
    const listening = bus.listeners.get("hotline");
    agent.edit({ agent: "bob" });
    expect(bus.listeners.get("hotline")).toBe(listening);
    bus.deliver("hotline", '{"code":"ping"}', "_INBOX.c");
    expect(JSON.parse(bus.responded[0]!)).toMatchObject({ result: "pong", agent: "bob" });
    agent.stop();
  });
});

describe("hotline ask - explicit inbox on the host's timers", () => {
  it("the timeout comes from the host, and the inbox is unsubscribed", async () => {
    const { host, time } = manualHost();
    const bus = fakeClient();
    const asking = askHotline({ client: bus.client, host }, { subject: "hotline", payload: "{}", timeoutMs: 400, mode: "inbox" });
    const [sent] = bus.published;
    expect(sent).toMatchObject({ subject: "hotline", options: { reply: expect.stringMatching(/^_INBOX\./) } });
    expect(bus.listeners.has(sent!.options!.reply!)).toBe(true);
    time.advance(400);
    expect(await asking.result).toEqual({ kind: "timeout", timeoutMs: 400, inbox: sent!.options!.reply });
    expect(bus.listeners.size).toBe(0);
  });

  it("the first message answers, with its round trip on the host's clock", async () => {
    const { host, time } = manualHost();
    const bus = fakeClient();
    const asking = askHotline({ client: bus.client, host }, { subject: "hotline", payload: "{}", timeoutMs: 400, mode: "inbox" });
    const inbox = bus.published[0]!.options!.reply!;
    time.advance(7);
    bus.deliver(inbox, '{"ok":true,"code":"ping","result":"pong","agent":"zed"}');
    expect(await asking.result).toMatchObject({ kind: "reply", agent: "zed", rttMs: 7, inbox });
    expect(bus.listeners.size).toBe(0);
  });

  it("cancel() drops the call: inbox and timer gone", async () => {
    const { host } = manualHost();
    const bus = fakeClient();
    const asking = askHotline({ client: bus.client, host }, { subject: "hotline", payload: "{}", timeoutMs: 400, mode: "inbox" });
    asking.cancel();
    expect((await asking.result).kind).toBe("failed");
    expect(bus.listeners.size).toBe(0);
  });

  it("offline after a first connection: said at once, nothing queued to go out later", async () => {
    const bus = fakeClient();
    const client: NatsClient = { ...bus.client, isConnected: () => false };
    const r = await askHotline({ client, host: nodeHost() }, { subject: "hotline", payload: "{}", timeoutMs: 400, mode: "inbox" }).result;
    expect(r).toEqual({ kind: "failed", failure: { kind: "bus", detail: { kind: "request-offline", subject: "hotline" } } });
    expect(r.kind === "failed" && describeFailure(r.failure)).toBe("not connected: the request to 'hotline' was not sent");
    expect(bus.published).toEqual([]);
  });
});
