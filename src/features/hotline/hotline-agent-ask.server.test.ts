import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { startNatsServer } from "../../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../../scripts/nats-server-process.mjs";
import { connectNode } from "../../nats/node-connection";
import type { NodeClient } from "../../nats/node-connection";
import type { NatsClient } from "../../nats/nats-client";
import { nodeHost } from "../../host/node-host";
import { NO_REPLY_SUBJECT, STOPPED_BEFORE_REPLY } from "./hotline-agent-call";
import { createHotlineAgent } from "./hotline-agent-controller";
import type { AskOptions } from "./hotline-ask";
import { askHotline } from "./hotline-ask";
import { NOT_JSON_NOTE } from "./hotline-reply-reading";

// The agent controller and the asking code are plain TypeScript over NatsClient:
// here they run headless in Node over TCP (the `nats` package shares nats.ws's
// API), against a real server.
describe("hotline agent and asking against nats-server", () => {
  let server: NatsServer;
  const connections: NodeClient[] = [];
  /** a foreign client: the Node `nats` package itself, as any other program would use it */
  let foreign: NatsConnection;
  let agentSide: NatsClient;
  let askerSide: NatsClient;
  let n = 0;
  const host = nodeHost();
  const subject = () => `hotline.srv${Date.now().toString(36)}x${n++}`;
  const decode = (d: Uint8Array) => new TextDecoder().decode(d);
  const ask = (o: AskOptions) => askHotline({ client: askerSide, host }, o).result;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
    const open = async (name: string) => {
      const c = await connectNode({ servers: [server.natsUrl], name });
      connections.push(c);
      return c.client;
    };
    agentSide = await open("agent");
    askerSide = await open("asker");
    foreign = await connect({ servers: server.natsUrl, name: "foreign" });
  });
  afterAll(async () => {
    await Promise.allSettled([...connections.map((c) => c.close()), foreign?.close()]);
    await server?.dispose();
  });

  const agent = async (s: string, options: Partial<{ agent: string; mode: "respond" | "publish" }> = {}) => {
    const a = createHotlineAgent({ client: agentSide, host });
    a.edit({ subject: s, agent: options.agent ?? "node-agent", mode: options.mode ?? "respond" });
    a.setAnswering(true);
    await expect.poll(() => a.store.getState().answering).toEqual({ subject: s, queue: "hotline-agents" });
    /** oldest first (the log shows the newest first) */
    const calls = () => [...a.store.getState().calls].reverse();
    return { a, calls };
  };

  it.each(["respond", "publish"] as const)("agent - answers in %s mode and logs the call", async (mode) => {
    const s = subject();
    const { a, calls } = await agent(s, { mode });
    const result = await ask({ subject: s, payload: '{"code":"sum","values":[2,3]}', timeoutMs: 2000, mode: "request" });
    expect(result).toMatchObject({ kind: "reply", agent: "node-agent", body: { format: "json" } });
    expect(result.kind === "reply" && JSON.parse(result.body.format === "json" ? result.body.text : "")).toMatchObject({ ok: true, code: "sum", result: 5 });
    expect(calls()).toHaveLength(1);
    expect(calls()[0]).toMatchObject({ subject: s, request: '{"code":"sum","values":[2,3]}', ok: true, mode });
    expect(calls()[0]!.inbox).toMatch(/^_INBOX\./);
    expect(JSON.parse(calls()[0]!.reply!)).toEqual({ ok: true, code: "sum", result: 5, agent: "node-agent" });
    a.stop();
  });

  it("agent - rename and mode change apply to the next call without resubscribing", async () => {
    const s = subject();
    const { a, calls } = await agent(s);
    const answering = a.store.getState().answering;
    a.edit({ agent: "renamed", mode: "publish" });
    expect(a.store.getState().answering).toBe(answering);
    const r = await ask({ subject: s, payload: '{"code":"ping"}', timeoutMs: 2000, mode: "inbox" });
    expect(r).toMatchObject({ kind: "reply", agent: "renamed" });
    expect(calls()[0]).toMatchObject({ agent: "renamed", mode: "publish" });
    a.stop();
  });

  it("agent - a plain publish (no reply subject) is logged, nothing answered", async () => {
    const s = subject();
    const { a, calls } = await agent(s);
    askerSide.publish(s, '{"code":"ping"}');
    await askerSide.flush();
    await expect.poll(() => calls().length).toBe(1);
    expect(calls()[0]).toMatchObject({ note: NO_REPLY_SUBJECT, request: '{"code":"ping"}' });
    expect(calls()[0]!.inbox).toBeUndefined();
    expect(calls()[0]!.reply).toBeUndefined();
    a.stop();
  });

  it("agent - invalid JSON from a foreign client gets an ok:false reply", async () => {
    const s = subject();
    const { a } = await agent(s);
    const m = await foreign.request(s, new TextEncoder().encode("{not json"), { timeout: 2000 });
    const reply = JSON.parse(decode(m.data));
    expect(reply).toMatchObject({ ok: false, agent: "node-agent" });
    expect(reply.error).toMatch(/^invalid JSON: /);
    a.stop();
  });

  it("agent - two agents in the queue group share calls, each answered once", async () => {
    const s = subject();
    const one = await agent(s, { agent: "one" });
    const two = await agent(s, { agent: "two" });
    const agents = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const r = await ask({ subject: s, payload: '{"code":"ping"}', timeoutMs: 2000, mode: i % 2 ? "inbox" : "request" });
      expect(r.kind).toBe("reply");
      if (r.kind === "reply") agents.add(r.agent!);
    }
    // the log shows calls at most every 200 ms: the last ones may still be on their way to the store
    await expect.poll(() => one.calls().length + two.calls().length).toBe(40);
    expect(agents).toEqual(new Set(["one", "two"]));
    one.a.stop();
    two.a.stop();
  });

  it.each(["request", "inbox"] as const)("requester - no responders in %s mode, at once", async (mode) => {
    // a timeout longer than the test's own: only the server's "no responders" can end it in time
    const r = await ask({ subject: subject(), payload: '{"code":"ping"}', timeoutMs: 120_000, mode });
    expect(r.kind).toBe("no-responders");
  });

  it.each(["request", "inbox"] as const)("requester - timeout in %s mode when the agent sleeps too long", async (mode) => {
    const s = subject();
    const { a, calls } = await agent(s);
    const r = await ask({ subject: s, payload: '{"code":"sleep","ms":600}', timeoutMs: 200, mode });
    expect(r).toEqual(mode === "inbox" ? { kind: "timeout", timeoutMs: 200, inbox: expect.stringMatching(/^_INBOX\./) } : { kind: "timeout", timeoutMs: 200 });
    await expect.poll(() => calls().length, { timeout: 3000 }).toBe(1);
    expect(calls()[0]!.handlingMs).toBeGreaterThanOrEqual(590);
    a.stop();
  });

  it("requester - the explicit inbox is unsubscribed after the answer", async () => {
    const s = subject();
    const { a } = await agent(s);
    const r = await ask({ subject: s, payload: '{"code":"ping"}', timeoutMs: 2000, mode: "inbox" });
    expect(r.kind).toBe("reply");
    const inbox = r.kind === "reply" ? r.inbox : "";
    // the server no longer lists that inbox among the asker's subscriptions
    expect(inbox).toMatch(/^_INBOX\./);
    await askerSide.flush();
    const connz = await (await fetch(`${server.monitorUrl}/connz?subs=1`)).json();
    const asker = connz.connections.find((c: { name?: string }) => c.name === "asker");
    expect(asker.subscriptions_list ?? []).not.toContain(inbox);
    a.stop();
  });

  it("requester - a plain-text reply from a foreign responder is shown as text", async () => {
    const s = subject();
    const sub = foreign.subscribe(s, { callback: (_e, m) => m.respond(new TextEncoder().encode("bonjour")) });
    await foreign.flush();
    const r = await ask({ subject: s, payload: '{"code":"ping"}', timeoutMs: 2000, mode: "request" });
    expect(r).toMatchObject({ kind: "reply", body: { format: "text", text: "bonjour" }, note: NOT_JSON_NOTE });
    sub.unsubscribe();
  });

  it("agent - stop unsubscribes and cancels a pending sleep", async () => {
    const s = subject();
    const { a, calls } = await agent(s);
    const asked = ask({ subject: s, payload: '{"code":"sleep","ms":5000}', timeoutMs: 800, mode: "request" });
    // the server has the request once the asker's flush returns; the agent has read it once its own does
    await askerSide.flush();
    await agentSide.flush();
    a.stop();
    expect((await asked).kind).toBe("timeout");
    expect(calls()).toEqual([expect.objectContaining({ note: STOPPED_BEFORE_REPLY })]);
    const after = await ask({ subject: s, payload: '{"code":"ping"}', timeoutMs: 2000, mode: "request" });
    expect(after.kind).toBe("no-responders");
  });
});
