import { describe, expect, it } from "vitest";
import { nodeHost } from "../../host/node-host";
import type { BusMessage, NatsClient, Payload } from "../../nats/nats-client";
import { createHotlineAgent } from "./hotline-agent-controller";
import { createHotlineRequester } from "./hotline-requester-controller";
import { KEPT_BYTES } from "./hotline-kept";

const MB = 1024 * 1024;
const enc = new TextEncoder();
const bytesOf = (p: Payload) => (typeof p === "string" ? enc.encode(p) : p);

/** A connected client: request() answers with what the test says; the agent's subscription gets what the test delivers. */
function fakeClient(answer: (subject: string, data: Uint8Array) => Partial<BusMessage> = () => ({})) {
  const listeners = new Map<string, (m: BusMessage) => void>();
  const responded: Uint8Array[] = [];
  let inboxes = 0;
  const message = (m: Partial<BusMessage>): BusMessage => ({
    subject: "hotline", data: new Uint8Array(), text: "", sid: 1, ...m,
    respond: (data) => (responded.push(bytesOf(data)), true),
  });
  const client: NatsClient = {
    name: "fake",
    publish: () => "sent",
    subscribe(subject, onMessage, options) {
      listeners.set(subject, onMessage);
      return { sid: 1, subject, queue: options?.queue, unsubscribe: () => void listeners.delete(subject), isClosed: () => false, ready: () => Promise.resolve() };
    },
    request: async (subject, data) => message({ subject: `_INBOX.mux.${++inboxes}`, ...answer(subject, bytesOf(data)) }),
    newInbox: () => `_INBOX.fake${++inboxes}`,
    flush: () => Promise.resolve(),
    rtt: () => Promise.resolve(1),
    server: () => ({ serverName: "fake", serverId: "x", version: "2.9.10", maxPayload: MB, jetstream: false, url: "fake" }),
    isConnected: () => true,
    onStatus: () => () => undefined,
  };
  const deliver = (m: Partial<BusMessage>) => listeners.get("hotline")!(message(m));
  return { client, deliver, responded };
}

describe("hotline requester - what the inspector can open", () => {
  it("request() names its inbox only through the reply: the request's reply subject is the reply's subject", async () => {
    const bus = fakeClient(() => ({ data: enc.encode('{"ok":true,"code":"ping","result":"pong","agent":"z"}'), headerList: [["X-A", "1"], ["X-A", "2"]] }));
    const r = createHotlineRequester({ client: bus.client, host: nodeHost() });
    await r.send();
    const call = r.store.getState().last!;
    const request = r.inspect(call.id, "request")!;
    const reply = r.inspect(call.id, "reply")!;
    expect(request).toMatchObject({ subject: "hotline", reply: "_INBOX.mux.1", headers: [], receivedAt: call.at });
    expect(new TextDecoder().decode(request.payload)).toBe(r.store.getState().form.json);
    expect(reply).toMatchObject({ subject: "_INBOX.mux.1", headers: [["X-A", "1"], ["X-A", "2"]] });
    expect(call.inspect).toEqual({
      request: { subject: "hotline", reply: "_INBOX.mux.1", size: request.payload.length, at: call.at },
      reply: { subject: "_INBOX.mux.1", reply: undefined, size: reply.payload.length, at: reply.receivedAt },
    });
    r.stop();
  });

  it("budget - the oldest calls' bytes go past 8 MB; their rows keep the facts; a clear keeps the call the Result shows", async () => {
    const big = new Uint8Array(MB).fill(0x61);
    const r = createHotlineRequester({ client: fakeClient(() => ({ data: big })).client, host: nodeHost() });
    r.edit({ repeat: "10" });
    await r.send();
    const history = r.store.getState().history;
    expect(history).toHaveLength(10);
    const kept = history.filter((c) => r.inspect(c.id, "reply") !== undefined).map((c) => c.id);
    // 1 MB replies and small requests: the newest 7 fit in 8 MB
    expect(kept).toEqual([10, 9, 8, 7, 6, 5, 4]);
    expect(KEPT_BYTES / MB).toBe(8);
    // a dropped call still says what it was
    expect(history.at(-1)!.inspect.reply).toMatchObject({ subject: "_INBOX.mux.1", size: MB });
    // one run, one array of request bytes
    expect(r.inspect(10, "request")!.payload).toBe(r.inspect(9, "request")!.payload);

    r.clearHistory();
    expect(r.store.getState().history).toEqual([]);
    expect(r.inspect(9, "reply")).toBeUndefined();
    expect(r.inspect(10, "reply")?.payload.length).toBe(MB);
    r.stop();
  });

  it("binary reply - shown as bytes in the store, every byte kept for the inspector", async () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const r = createHotlineRequester({ client: fakeClient(() => ({ data: all })).client, host: nodeHost() });
    await r.send();
    const call = r.store.getState().last!;
    expect(call.result).toMatchObject({ kind: "reply", note: "binary", body: { format: "binary", size: 256, preview: "00 01 02 03 04 05 06 07 …" } });
    expect(JSON.stringify(r.store.getState())).not.toContain("\uFFFD");
    expect(r.inspect(call.id, "reply")!.payload).toEqual(all);
    r.stop();
  });

  it("no reply, nothing to open: a timeout has no reply part; a request refused before sending has no request part", async () => {
    const client = fakeClient().client;
    const timingOut: NatsClient = { ...client, request: () => Promise.reject(Object.assign(new Error("timeout"), { code: "TIMEOUT" })) };
    const r = createHotlineRequester({ client: timingOut, host: nodeHost() });
    await r.send();
    expect(r.store.getState().last).toMatchObject({ result: { kind: "timeout" }, inspect: { request: { subject: "hotline", reply: undefined } } });
    expect(r.store.getState().last!.inspect.reply).toBeUndefined();
    r.stop();

    const tooBig: NatsClient = { ...client, request: () => Promise.reject(Object.assign(new Error("big"), { code: "MAX_PAYLOAD_EXCEEDED" })) };
    const r2 = createHotlineRequester({ client: tooBig, host: nodeHost() });
    await r2.send();
    expect(r2.store.getState().last).toMatchObject({ result: { kind: "failed" }, inspect: {} });
    expect(r2.store.getState().last!.inspect.request).toBeUndefined();
    r2.stop();
  });
});

describe("hotline agent - what the inspector can open", () => {
  const answering = async (bus: ReturnType<typeof fakeClient>) => {
    const agent = createHotlineAgent({ client: bus.client, host: nodeHost() });
    agent.edit({ agent: "alice" });
    agent.setAnswering(true);
    await expect.poll(() => agent.store.getState().answering).toBeDefined();
    return agent;
  };

  it("the request as received (headers, reply subject, the subscription) and the reply as sent, byte for byte", async () => {
    const bus = fakeClient();
    const agent = await answering(bus);
    const data = enc.encode('{"code":"echo","data":"é"}');
    bus.deliver({ data, text: new TextDecoder().decode(data), reply: "_INBOX.asker", headerList: [["X-T", "a"], ["X-T", "b"]] });
    agent.clearLog(); // flushes the log, then starts afresh: nothing kept
    bus.deliver({ data, text: new TextDecoder().decode(data), reply: "_INBOX.asker", headerList: [["X-T", "a"], ["X-T", "b"]] });
    await expect.poll(() => agent.store.getState().calls.length).toBe(1);
    const call = agent.store.getState().calls[0]!;
    expect(call.id).toBe(1);
    const request = agent.inspect(1, "request")!;
    expect(request).toMatchObject({ subject: "hotline", reply: "_INBOX.asker", headers: [["X-T", "a"], ["X-T", "b"]], deliveredBy: ["hotline"] });
    expect(request.payload).toEqual(data);
    const reply = agent.inspect(1, "reply")!;
    expect(reply).toMatchObject({ subject: "_INBOX.asker", headers: [] });
    expect(reply.payload).toEqual(bus.responded[1]);
    expect(JSON.parse(new TextDecoder().decode(reply.payload))).toEqual({ ok: true, code: "echo", result: "é", agent: "alice" });
    expect(call.inspect.reply).toEqual({ subject: "_INBOX.asker", reply: undefined, size: reply.payload.length, at: reply.receivedAt });
    agent.stop();
  });

  it("a request that is not UTF-8 shows as bytes in the log; no reply subject, no reply to open", async () => {
    const bus = fakeClient();
    const agent = await answering(bus);
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    bus.deliver({ data: all, text: new TextDecoder().decode(all) });
    await expect.poll(() => agent.store.getState().calls.length).toBe(1);
    const call = agent.store.getState().calls[0]!;
    expect(call).toMatchObject({ request: "", requestBinary: { size: 256, preview: "00 01 02 03 04 05 06 07 …" }, note: { kind: "no-reply-subject" } });
    expect(JSON.stringify(call)).not.toContain("\uFFFD");
    expect(call.inspect.reply).toBeUndefined();
    expect(agent.inspect(call.id, "request")!.payload).toEqual(all);
    agent.stop();
  });
});
