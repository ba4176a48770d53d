import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNatsServer } from "../../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../../scripts/nats-server-process.mjs";
import { connectNode } from "../../nats/node-connection";
import type { NodeClient } from "../../nats/node-connection";
import type { NatsClient } from "../../nats/nats-client";
import { nodeHost } from "../../host/node-host";
import { STOPPED_BEFORE_REPLY } from "./hotline-agent-call";
import { createHotline } from "./hotline-controller";
import type { HotlineController } from "./hotline-controller";

// The same controller a tab runs, several times in one Node process over TCP:
// one answers (its agent half), another asks (its requester half), each with
// its own stores, talking through a real server.
describe("hotline controllers in Node", () => {
  let server: NatsServer;
  const connections: NodeClient[] = [];
  const running: HotlineController[] = [];
  const clientOf = new Map<HotlineController, NatsClient>();
  let n = 0;
  const subject = () => `hotline.node${Date.now().toString(36)}x${n++}`;
  const hotline = async (name: string) => {
    const c = await connectNode({ servers: [server.natsUrl], name });
    connections.push(c);
    const h = createHotline({ client: c.client, host: nodeHost() });
    running.push(h);
    clientOf.set(h, c.client);
    return h;
  };
  const answering = async (h: HotlineController, s: string) => {
    h.editSubject(s);
    h.agent.setAnswering(true);
    await expect.poll(() => h.agent.store.getState().answering?.subject).toBe(s);
  };
  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false, auth: true });
  });
  afterAll(async () => {
    running.forEach((h) => h.stop());
    await Promise.allSettled(connections.map((c) => c.close()));
    await server?.dispose();
  });

  it("hotline - controller A answers, controller B asks in both modes; each store shows its own half", async () => {
    const s = subject();
    const a = await hotline("node-alice");
    const b = await hotline("node-bob");
    // the agent is named after its client until someone types a name
    expect(a.agent.store.getState().form.agent).toBe("node-alice");
    await answering(a, s);
    b.editSubject(s);
    b.requester.pickCode("sum");

    b.requester.edit({ mode: "request" });
    await b.requester.send();
    expect(b.requester.store.getState().last?.result).toMatchObject({
      kind: "reply",
      agent: "node-alice",
      body: { format: "json", text: JSON.stringify({ ok: true, code: "sum", result: 6.5, agent: "node-alice" }, null, 2) },
    });

    b.requester.edit({ mode: "inbox" });
    await b.requester.send();
    const r = b.requester.store.getState();
    expect(r.last?.result).toMatchObject({ kind: "reply", agent: "node-alice" });
    const inbox = r.last?.result.kind === "reply" ? r.last.result.inbox : "";
    expect(inbox).toMatch(/^_INBOX\./);
    expect(r.history.map((c) => [c.mode, c.result.kind])).toEqual([["inbox", "reply"], ["request", "reply"]]);
    expect(r).toMatchObject({ busy: false, asking: undefined, notice: undefined });

    // A logged both calls; the explicit inbox B made is the one A replied to
    await expect.poll(() => a.agent.store.getState().handled).toBe(2);
    const log = a.agent.store.getState().calls;
    expect(log[0]).toMatchObject({ subject: s, inbox, ok: true, agent: "node-alice", mode: "respond" });
    expect(JSON.parse(log[1]!.reply!)).toEqual({ ok: true, code: "sum", result: 6.5, agent: "node-alice" });

    // both sides can open both messages of the call, with every byte: what B sent is what A got, and back
    const call = r.last!;
    const request = b.requester.inspect(call.id, "request")!;
    const reply = b.requester.inspect(call.id, "reply")!;
    expect(request).toMatchObject({ subject: s, reply: inbox, headers: [] });
    expect(reply).toMatchObject({ subject: inbox, deliveredBy: [inbox] });
    expect(call.inspect).toEqual({
      request: { subject: s, reply: inbox, size: request.payload.length, at: call.at },
      reply: { subject: inbox, reply: undefined, size: reply.payload.length, at: reply.receivedAt },
    });
    const got = a.agent.inspect(log[0]!.id, "request")!;
    const sent = a.agent.inspect(log[0]!.id, "reply")!;
    expect(got).toMatchObject({ subject: s, reply: inbox, deliveredBy: [s] });
    expect(got.payload).toEqual(request.payload);
    expect(sent).toMatchObject({ subject: inbox, headers: [] });
    expect(sent.payload).toEqual(reply.payload);
    // request() names its inbox only through the reply
    const first = r.history[1]!;
    expect(b.requester.inspect(first.id, "request")!.reply).toBe(b.requester.inspect(first.id, "reply")!.subject);

    // the other halves saw nothing
    expect(a.requester.store.getState().history).toEqual([]);
    expect(b.agent.store.getState()).toMatchObject({ enabled: false, handled: 0, calls: [] });
  });

  it("hotline - a Repeat run of 20 is split between two agent controllers, each call answered once", async () => {
    const s = subject();
    const one = await hotline("node-one");
    const two = await hotline("node-two");
    const asker = await hotline("node-asker");
    await answering(one, s);
    two.agent.edit({ mode: "publish" });
    await answering(two, s);
    asker.editSubject(s);
    asker.requester.edit({ repeat: "20" });

    await asker.requester.send();
    await expect.poll(() => asker.requester.store.getState().run?.done).toBe(20);
    const run = asker.requester.store.getState().run!;
    expect(run.outcomes).toEqual({ reply: 20 });
    expect(Object.keys(run.agents).sort()).toEqual(["node-one", "node-two"]);
    expect(run.rtts).toHaveLength(20);

    await expect.poll(() => one.agent.store.getState().handled + two.agent.store.getState().handled).toBe(20);
    expect(one.agent.store.getState().handled).toBe(run.agents["node-one"]);
    expect(two.agent.store.getState().handled).toBe(run.agents["node-two"]);
    expect(two.agent.store.getState().calls[0]).toMatchObject({ mode: "publish", agent: "node-two" });
  });

  it("hotline - stop() of an agent with a pending sleep logs that it stopped before replying", async () => {
    const s = subject();
    const a = await hotline("node-sleeper");
    const b = await hotline("node-caller");
    await answering(a, s);
    b.editSubject(s);
    b.requester.edit({ json: '{"code":"sleep","ms":5000}', timeoutMs: "800" });
    const sent = b.requester.send();
    await expect.poll(() => b.requester.store.getState().asking).toBeDefined();
    // the agent has read the request once the server has it and the agent's connection has round-tripped
    await clientOf.get(b)!.flush();
    await clientOf.get(a)!.flush();
    expect(a.agent.store.getState().handled).toBe(0);

    a.stop();
    expect(a.agent.store.getState().calls).toEqual([expect.objectContaining({ note: STOPPED_BEFORE_REPLY, inbox: expect.stringMatching(/^_INBOX\./) })]);
    expect(a.agent.store.getState().answering).toBeUndefined();
    await sent;
    expect(b.requester.store.getState().last?.result).toEqual({ kind: "timeout", timeoutMs: 800 });
  });
});
