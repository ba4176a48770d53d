import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import type { NatsConnection as WsConnection } from "nats.ws";
import { startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import type { ClientStatus } from "./nats-client";
import { createPendingClient } from "./wrap-connection";
import { Batch, createBatcher } from "./batching";
import { subscribeBatched } from "./subscribe-batched";
import { nodeHost } from "../host/node-host";

// A tab's client exists before its connection: what features do meanwhile must
// take effect once the server answers, exactly once.
describe("pending client against nats-server", () => {
  let server: NatsServer;
  const opened: NatsConnection[] = [];
  const subscriptionsOf = async (name: string) => {
    const connz = (await (await fetch(`${server.monitorUrl}/connz?subs=1`)).json()) as { connections: { name?: string; subscriptions_list?: string[] }[] };
    return connz.connections.find((c) => c.name === name)?.subscriptions_list ?? [];
  };
  const open = async (name: string) => {
    const nc = await connect({ servers: server.natsUrl, name });
    opened.push(nc);
    return nc;
  };
  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
  });
  afterAll(async () => {
    await Promise.allSettled(opened.map((c) => c.close()));
    await server?.dispose();
  });

  it("pending client - a subscription and a publish made before the connection take effect on connect, once", async () => {
    const { client, attach } = createPendingClient("early");
    const statuses: ClientStatus["type"][] = [];
    client.onStatus((s) => statuses.push(s.type));
    const got: string[] = [];
    const sub = client.subscribe("early.x", (m) => got.push(m.text));
    expect(sub.sid).toBe(-1);
    expect(client.publish("early.x", "queued before connect")).toBe("queued");
    await expect(client.request("early.x", "?", { timeoutMs: 500 })).rejects.toMatchObject({ kind: "not-connected" });
    expect(client.isConnected()).toBe(false);

    const ready = sub.ready();
    attach((await open("early")) as unknown as WsConnection);
    await ready;
    expect(sub.sid).toBeGreaterThan(0);
    expect(statuses).toEqual(["connected"]);
    await client.flush();
    await expect.poll(() => got).toEqual(["queued before connect"]);

    const other = await open("other");
    other.publish("early.x", "after connect");
    await other.flush();
    await expect.poll(() => got).toEqual(["queued before connect", "after connect"]);
    expect(await subscriptionsOf("early")).toEqual(["early.x"]);
  });

  it("pending client - a subscription stopped before the connection is never made", async () => {
    const { client, attach } = createPendingClient("stopped-early");
    const got: string[] = [];
    const sub = client.subscribe("early.y", (m) => got.push(m.text));
    sub.unsubscribe();
    attach((await open("stopped-early")) as unknown as WsConnection);
    await client.flush();
    expect(await subscriptionsOf("stopped-early")).toEqual([]);
    expect(got).toEqual([]);
  });

  it("subscribeBatched - ready once the server has it; nothing delivered after stop", async () => {
    const { client, attach } = createPendingClient("batched");
    const host = nodeHost();
    const seen: string[] = [];
    const into = createBatcher<string>(Batch.perFrame, (items) => seen.push(...items), host);
    let readyCalls = 0;
    const sub = subscribeBatched(client, "batched.>", { into, map: (m) => m.text, onReady: () => readyCalls++ });
    attach((await open("batched")) as unknown as WsConnection);
    expect(await sub.ready).toBe("ready");
    expect(readyCalls).toBe(1);
    const other = await open("other-batched");
    other.publish("batched.a", "one");
    other.publish("batched.b", "two");
    await other.flush();
    await expect.poll(() => seen).toEqual(["one", "two"]);
    sub.stop();
    other.publish("batched.a", "three");
    await other.flush();
    await client.flush();
    into.flushNow();
    expect(seen).toEqual(["one", "two"]);
  });
});
