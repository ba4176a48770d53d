import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNatsServer } from "../../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../../scripts/nats-server-process.mjs";
import { connectNode } from "../../nats/node-connection";
import type { NodeClient } from "../../nats/node-connection";
import { nodeHost } from "../../host/node-host";
import { createCounter } from "./counter-controller";

// The same controller a tab runs, twice in one Node process over TCP: a
// publisher and a subscriber, each with its own store, talking through a real server.
describe("counter controller in Node", () => {
  let server: NatsServer;
  const connections: NodeClient[] = [];
  const open = async (name: string) => {
    const c = await connectNode({ servers: [server.natsUrl], name });
    connections.push(c);
    return c.client;
  };
  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false, auth: true });
  });
  afterAll(async () => {
    await Promise.allSettled(connections.map((c) => c.close()));
    await server?.dispose();
  });

  it("counter - a publisher controller drives a subscriber controller; each has its own state", async () => {
    const subject = `compteur.node${Date.now().toString(36)}`;
    const publisher = createCounter({ client: await open("node-publisher"), host: nodeHost() });
    const subscriber = createCounter({ client: await open("node-subscriber"), host: nodeHost() });
    try {
      for (const c of [publisher, subscriber]) c.edit({ subject, intervalMs: "100", step: "3", start: "10" });
      await expect.poll(() => subscriber.store.getState().subscription).toBe("ready");
      await expect.poll(() => publisher.store.getState().subscription).toBe("ready");

      publisher.togglePublishing();
      await expect.poll(() => subscriber.store.getState().total, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
      const s = subscriber.store.getState();
      expect(s.listening).toBe(subject);
      expect(s.latest?.publisher).toBe("node-publisher");
      const values = s.history.map((r) => (r.reading.kind === "number" ? r.reading.value : NaN)).reverse();
      expect(values.slice(0, 3)).toEqual([10, 13, 16]);
      expect(Object.values(s.publishers)[0]).toMatchObject({ name: "node-publisher", missed: 0 });
      // the inspector: the value as it came over the wire, with the publisher's headers
      subscriber.inspect(s.history.at(-1)!);
      const { message } = subscriber.inspection()!;
      expect(new TextDecoder().decode(message.payload)).toBe("10");
      expect(message.headers.map(([name]) => name)).toEqual(["Playground-Publisher", "Playground-Publisher-Id", "Playground-Step"]);
      expect(message.headers[0]).toEqual(["Playground-Publisher", "node-publisher"]);

      expect(subscriber.store.getState().publishing).toBe(false);
      expect(publisher.store.getState().publishing).toBe(true);
      publisher.togglePublishing();
      expect(publisher.store.getState().publishing).toBe(false);
    } finally {
      publisher.stop();
      subscriber.stop();
    }
  });

  it("counter - a refused subscription is said, not silent", async () => {
    const c = createCounter({ client: await open("node-refused"), host: nodeHost() });
    try {
      c.edit({ subject: "$SYS.counter" });
      await expect.poll(() => c.store.getState().subscription).toBe("refused");
      expect(c.store.getState().publishFailure).toMatchObject({ kind: "bus", detail: { subject: "$SYS.counter" } });
    } finally {
      c.stop();
    }
  });
});
