import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { startNatsServer } from "../../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../../scripts/nats-server-process.mjs";
import { connectNode } from "../../nats/node-connection";
import type { NodeClient } from "../../nats/node-connection";
import { nodeHost } from "../../host/node-host";
import { createNetwork } from "./network-controller";
import type { NetworkController } from "./network-controller";
import { predict } from "./network-receivers";

// The lab's V.2 services as foreign clients (the Node `nats` package standing in
// for nats-py), and two Network controllers that each see all of them, with the
// product's own permissions (nats-auth.conf).
describe("network controller against nats-server", () => {
  let server: NatsServer;
  const foreign: NatsConnection[] = [];
  const tabs: NodeClient[] = [];
  const controllers: NetworkController[] = [];
  const uid = Date.now().toString(36);

  const service = async (name: string, subject: string, queue?: string) => {
    const nc = await connect({ servers: server.natsUrl, name });
    nc.subscribe(subject, { queue });
    await nc.flush();
    foreign.push(nc);
    return nc;
  };
  const network = async (name: string, refreshMs = 200) => {
    const c = await connectNode({ servers: [server.natsUrl], name });
    tabs.push(c);
    const n = createNetwork({ client: c.client, host: nodeHost() }, { refreshMs });
    controllers.push(n);
    n.setPanelVisible(true);
    return n;
  };
  const names = (n: NetworkController) => n.store.getState().snapshot?.clients.map((c) => c.name) ?? [];

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
    await service(`colmar-${uid}`, `fr.grand_est.67.colmar`);
    await service(`grand-est-${uid}`, `fr.grand_est.>`);
    await service(`strasbourg-${uid}`, `fr.*.*.strasbourg`);
    await service(`agent-a-${uid}`, `hotline.${uid}`, "hotline-agents");
    await service(`agent-b-${uid}`, `hotline.${uid}`, "hotline-agents");
  });
  afterAll(async () => {
    controllers.forEach((c) => c.stop());
    await Promise.allSettled([...foreign.map((c) => c.close()), ...tabs.map((t) => t.close())]);
    await server?.dispose();
  });

  it("network - every client with its subscriptions and queue groups; this tab is marked", async () => {
    const a = await network(`net-a-${uid}`);
    await expect.poll(() => names(a)).toEqual(expect.arrayContaining([`colmar-${uid}`, `grand-est-${uid}`, `strasbourg-${uid}`, `agent-a-${uid}`, `agent-b-${uid}`]));
    const s = a.store.getState();
    expect(s.status).toEqual({ kind: "ok" });
    const me = s.snapshot!.clients.find((c) => c.isMe)!;
    expect(me.name).toBe(`net-a-${uid}`);
    expect(s.snapshot!.clients.filter((c) => c.isMe)).toHaveLength(1);
    const agent = s.snapshot!.clients.find((c) => c.name === `agent-a-${uid}`)!;
    expect(agent.kind).toBe("node");
    expect(agent.subs.filter((x) => x.role === "lab")).toEqual([{ subject: `hotline.${uid}`, queue: "hotline-agents", msgs: 0, role: "lab" }]);
  });

  it("network - a second controller sees the first; a client that leaves disappears", async () => {
    const b = await network(`net-b-${uid}`);
    await expect.poll(() => names(b)).toContain(`net-a-${uid}`);
    const leaving = await service(`leaving-${uid}`, "somewhere.else");
    await expect.poll(() => names(b)).toContain(`leaving-${uid}`);
    await leaving.close();
    await expect.poll(() => names(b)).not.toContain(`leaving-${uid}`);
  });

  it("network - who receives fr.grand_est.67.strasbourg, and the server's counts agree after a test message", async () => {
    const a = controllers[0]!;
    const subject = "fr.grand_est.67.strasbourg";
    const ours = (c: { name?: string }) => c.name?.endsWith(uid);
    const p = predict(subject, a.store.getState().snapshot!.clients.filter(ours));
    expect(p.receivers.map((r) => r.client.name)).toEqual([`grand-est-${uid}`, `strasbourg-${uid}`]);
    a.editCheck(subject);
    a.sendTest();
    await expect.poll(() => a.store.getState().test?.subject === subject && a.store.getState().test?.state, { timeout: 10_000 }).toBe("done");
    const test = a.store.getState().test!;
    expect(test.outcome?.agrees).toBe(true);
    const agreed = test.outcome!.observed.filter((o) => o.verdict === "agree").map((o) => o.client.name);
    expect(agreed).toEqual(expect.arrayContaining([`grand-est-${uid}`, `strasbourg-${uid}`]));
  });

  it("network - a queue group: one of two agents gets the test message, and that agrees", async () => {
    const a = controllers[0]!;
    a.editCheck(`hotline.${uid}`);
    a.sendTest();
    await expect.poll(() => a.store.getState().test?.subject === `hotline.${uid}` && a.store.getState().test?.state, { timeout: 10_000 }).toBe("done");
    const outcome = a.store.getState().test!.outcome!;
    expect(outcome.agrees).toBe(true);
    expect(outcome.observed.map((o) => o.verdict).sort()).toEqual(["agree", "other-member"]);
  });

  it("network - an invalid subject to check gets the grammar's reason and sends nothing", async () => {
    const a = controllers[0]!;
    const before = a.store.getState().test;
    a.editCheck("fr..paris");
    a.sendTest();
    expect(a.store.getState().check.problem).toMatchObject({ kind: "empty-token" });
    expect(a.store.getState().test).toBe(before);
  });

  it("network - a server that answers nobody's PING (no system account) is named, and polling stops", async () => {
    const plain = await startNatsServer({ jetstream: false, auth: false, extraConfig: "no_system_account: true" });
    const c = await connectNode({ servers: [plain.natsUrl], name: "lonely" });
    const n = createNetwork({ client: c.client, host: nodeHost() }, { refreshMs: 100 });
    try {
      n.setPanelVisible(true);
      await expect.poll(() => n.store.getState().status.kind, { timeout: 5000 }).toBe("refused");
      expect(n.store.getState().status).toMatchObject({ failure: { kind: "no-responders" } });
    } finally {
      n.stop();
      await c.close();
      await plain.dispose();
    }
  });
});
