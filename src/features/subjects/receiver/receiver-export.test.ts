import { describe, expect, it } from "vitest";
import { fakeClient, manualHost } from "../test-doubles";
import { createReceiver } from "./receiver-controller";
import type { ReceiverController } from "./receiver-controller";
import { DEFAULT_PATTERNS } from "./receiver-store";
import { EXPORT_ROWS } from "./recent-rows";

const [COLMAR, GRAND_EST, STRASBOURG] = DEFAULT_PATTERNS;

async function setup() {
  const host = manualHost();
  host.clock.time = 5_000_000;
  const client = fakeClient();
  const receiver = createReceiver({ client, host });
  for (let i = 0; i < 5; i++) await Promise.resolve();
  host.clock.advance(1000); // the subscriptions are well in place (attribution's grace)
  const run = () => {
    host.clock.drainYields();
    host.clock.frame();
  };
  return { host, client, receiver, run };
}

const keyOf = (r: ReceiverController, pattern: string) => r.store.getState().subs.find((s) => s.pattern === pattern)!.key;

describe("subjects receiver - export and rates", () => {
  it("export: each message once, with the patterns that received it and its headers while kept", async () => {
    const { host, client, receiver, run } = await setup();
    client.deliver("fr.grand_est.67.strasbourg", "a,b", { msgId: "t.1", headerList: [["X-Lab", "42"]] });
    client.deliver("fr.grand_est.67.colmar", "c", { msgId: "t.2" });
    run();
    host.clock.advance(600);
    run();
    const records = receiver.exportLog();
    expect(records.map((r) => [r.subject, [...r.deliveries].sort()])).toEqual([
      ["fr.grand_est.67.strasbourg", [STRASBOURG, GRAND_EST].sort()],
      ["fr.grand_est.67.colmar", [COLMAR, GRAND_EST].sort()],
    ]);
    expect(records[0]!.headers).toEqual([
      { name: "Playground-Msg-Id", value: "t.1" },
      { name: "X-Lab", value: "42" },
    ]);
    expect(records[0]).toMatchObject({ payload: "a,b", payloadComplete: true, fromPlayground: true });
    receiver.clearSeen();
    expect(receiver.exportLog()).toEqual([]);
  });

  it("export: the newest EXPORT_ROWS messages after a flood, whole payloads only for the kept ones", async () => {
    const { host, client, receiver, run } = await setup();
    const N = EXPORT_ROWS + 2500;
    for (let i = 0; i < N; i += 500) {
      for (let j = i; j < i + 500; j++) client.deliver(`fr.grand_est.f${j}`, String(j), { msgId: `t.${j}` });
      host.clock.advance(16);
      run();
    }
    host.clock.advance(1000);
    run();
    const records = receiver.exportLog();
    expect(records).toHaveLength(EXPORT_ROWS);
    expect([records[0]!.payload, records.at(-1)!.payload]).toEqual([String(N - EXPORT_ROWS), String(N - 1)]);
    expect(records.filter((r) => r.headers).length).toBe(receiver.keptCost().rows);
    expect(receiver.store.getState().counts[keyOf(receiver, GRAND_EST)]).toBe(N);
  });

  it("rates: a burst on one pattern shows on its chart, not on the others'; then the chart goes quiet", async () => {
    const { host, client, receiver, run } = await setup();
    for (let i = 0; i < 30; i++) client.deliver("fr.grand_est.67.colmar", String(i), { msgId: `t.${i}`, only: [COLMAR] });
    run();
    host.clock.advance(1100);
    const rates = receiver.store.getState().rates;
    expect(rates[keyOf(receiver, COLMAR)]).toMatchObject({ now: 30, total: 30 });
    expect(rates[keyOf(receiver, GRAND_EST)]).toBeUndefined();
    expect(receiver.store.getState().tree.rates).toBeGreaterThan(0);
    expect(receiver.tree.root.children.get("fr")!.rate).toBeGreaterThan(0);
    host.clock.advance(61_000);
    expect(receiver.store.getState().rates[keyOf(receiver, COLMAR)]!.total).toBe(0);
    receiver.stop();
  });
});
