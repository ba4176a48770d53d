import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { startNatsServer } from "../../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../../scripts/nats-server-process.mjs";
import { connectNode } from "../../nats/node-connection";
import type { NodeClient } from "../../nats/node-connection";
import { createPendingClient } from "../../nats/wrap-connection";
import { nodeHost } from "../../host/node-host";
import { createSubjects } from "./subjects-controller";
import type { SubjectsController } from "./subjects-controller";
import { DEFAULT_PATTERNS } from "./receiver/receiver-store";

const [COLMAR, GRAND_EST, STRASBOURG] = DEFAULT_PATTERNS;

// The panel's controllers as a tab runs them, several in one Node process over
// TCP, each with its own stores, talking through a real server (the lab's
// subjects, so this file has a server of its own).
describe("subjects controller in Node", () => {
  let server: NatsServer;
  const connections: NodeClient[] = [];
  const foreign: NatsConnection[] = [];
  const open = async (name: string) => {
    const c = await connectNode({ servers: [server.natsUrl], name });
    connections.push(c);
    return c.client;
  };
  const openForeign = async (name: string) => {
    const nc = await connect({ servers: server.natsUrl, name });
    foreign.push(nc);
    return nc;
  };
  /** the server's own view of a connection's subscriptions (monitoring port) */
  const serverSubs = async (name: string) => {
    const connz = (await (await fetch(`${server.monitorUrl}/connz?subs=1`)).json()) as { connections: { name?: string; subscriptions_list?: string[] }[] };
    const conn = connz.connections.find((c) => c.name === name);
    return conn ? (conn.subscriptions_list ?? []).sort() : undefined;
  };
  const receiving = (c: SubjectsController) => c.receiver.store.getState();
  const countOf = (c: SubjectsController, pattern: string) => {
    const s = receiving(c);
    return s.counts[s.subs.find((v) => v.pattern === pattern)!.key] ?? 0;
  };
  const allActive = (c: SubjectsController) => receiving(c).subs.every((v) => v.state === "active");

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false, auth: true });
  });
  afterAll(async () => {
    await Promise.allSettled([...connections.map((c) => c.close()), ...foreign.map((c) => c.close())]);
    await server?.dispose();
  });

  it("subjects - A publishes fr.grand_est.67.colmar; B, with the lab's three patterns, shows one row with two chips; counts stay exact", async () => {
    const a = createSubjects({ client: await open("subjects-a"), host: nodeHost() });
    const b = createSubjects({ client: await open("subjects-b"), host: nodeHost() });
    try {
      await expect.poll(() => allActive(b)).toBe(true);
      await expect.poll(() => allActive(a)).toBe(true);

      a.publisher.choosePlace({ region: "grand_est", department: "67", city: "colmar" });
      a.publisher.editPayload("lab {n}");
      a.publisher.publish();
      await expect.poll(() => receiving(b).log.rows.length).toBe(1);
      const row = receiving(b).log.rows[0]!;
      expect(row).toMatchObject({ subject: "fr.grand_est.67.colmar", preview: "lab 1", fromPlayground: true });
      expect(row.chips.map((c) => c.pattern).sort()).toEqual([COLMAR, GRAND_EST].sort());
      expect([countOf(b, COLMAR), countOf(b, GRAND_EST), countOf(b, STRASBOURG)]).toEqual([1, 1, 0]);
      expect(receiving(b)).toMatchObject({ messages: 1, deliveries: 2 });

      // a burst: each message once, each subscription counted exactly
      // (Paris matches none of the lab's patterns: B never gets it)
      for (let i = 0; i < 300; i++) {
        a.publisher.choosePlace(i % 2 === 0 ? { region: "grand_est", department: "67", city: "strasbourg" } : { region: "ile_de_france", department: "75", city: "paris" });
        a.publisher.publish();
      }
      await expect.poll(() => receiving(b).messages).toBe(1 + 150);
      expect([countOf(b, COLMAR), countOf(b, GRAND_EST), countOf(b, STRASBOURG)]).toEqual([1, 151, 150]);
      expect(receiving(b).deliveries).toBe(2 + 300);
      await expect.poll(() => receiving(b).log.rows.length).toBe(151);
      expect(receiving(b).log.rows.every((r) => r.chips.length === 2)).toBe(true);
      expect(b.receiver.tree.root.count).toBe(151);
      // A is a tab like any other: its own patterns received what it sent
      await expect.poll(() => receiving(a).messages).toBe(151);
      await expect.poll(() => a.publisher.store.getState().published).toBe(301);
      for (const c of [a, b]) expect(receiving(c).mismatch.count).toBe(0);
    } finally {
      a.stop();
      b.stop();
    }
  });

  it("subjects - pause unsubscribes on the server and keeps the count; resume subscribes once again and the count goes on", async () => {
    const name = "subjects-pause";
    const c = createSubjects({ client: await open(name), host: nodeHost() });
    const other = await openForeign("subjects-foreign");
    const mine = "fr.pause.>";
    const send = async (city: string) => {
      other.publish(`fr.pause.67.${city}`, new TextEncoder().encode("x"));
      await other.flush();
    };
    try {
      for (const v of receiving(c).subs) c.receiver.remove(v.key);
      c.receiver.editPattern(mine);
      c.receiver.subscribe();
      await expect.poll(() => allActive(c) && receiving(c).subs.length === 1).toBe(true);
      expect(await serverSubs(name)).toEqual([mine]);
      await send("strasbourg");
      await send("colmar");
      await expect.poll(() => countOf(c, mine)).toBe(2);

      const key = receiving(c).subs[0]!.key;
      c.receiver.pause(key);
      expect(receiving(c).subs[0]!.state).toBe("paused");
      await expect.poll(() => serverSubs(name)).toEqual([]);
      await send("paris");

      c.receiver.resume(key);
      await expect.poll(() => receiving(c).subs[0]!.state).toBe("active");
      expect(await serverSubs(name)).toEqual([mine]);
      await send("lyon");
      await expect.poll(() => countOf(c, mine)).toBe(3);
      await expect.poll(() => receiving(c).log.rows.map((r) => r.subject)).toEqual(["fr.pause.67.lyon", "fr.pause.67.colmar", "fr.pause.67.strasbourg"]);
      expect(receiving(c).messages).toBe(3);
    } finally {
      c.stop();
    }
    await expect.poll(() => serverSubs(name)).toEqual([]);
  });

  it("subjects - made before the tab's first connection: the patterns wait, subscribe once connected, and attribute by their own ids", async () => {
    const { client, attach } = createPendingClient("subjects-early");
    const c = createSubjects({ client, host: nodeHost() });
    try {
      expect(receiving(c).subs.map((v) => v.state)).toEqual(["waiting", "waiting", "waiting"]);
      // the Node client has nats.ws's API (both are nats.js): a tab's connection, over TCP
      attach((await openForeign("subjects-early")) as unknown as Parameters<typeof attach>[0]);
      await expect.poll(() => allActive(c)).toBe(true);
      expect(await serverSubs("subjects-early")).toEqual([...DEFAULT_PATTERNS].sort());
      c.publisher.choosePlace({ region: "grand_est", department: "67", city: "strasbourg" });
      c.publisher.publish();
      await expect.poll(() => receiving(c).log.rows.length).toBe(1);
      expect(receiving(c).log.rows[0]!.chips.map((v) => v.pattern).sort()).toEqual([GRAND_EST, STRASBOURG].sort());
      expect(receiving(c).mismatch.count).toBe(0);
    } finally {
      c.stop();
    }
  });
});
