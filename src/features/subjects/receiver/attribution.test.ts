import { describe, expect, it } from "vitest";
import { Attribution } from "./attribution";
import type { ActiveSub, Delivery, SubRef } from "./attribution";

const sub = (id: number, pattern: string): SubRef => ({ id, key: `k${id}`, pattern, colour: id });
const colmar = sub(1, "fr.grand_est.67.colmar");
const grandEst = sub(2, "fr.grand_est.>");
const strasbourg = sub(3, "fr.*.*.strasbourg");

const at = (s: SubRef, subject: string, extra: Partial<Delivery> = {}): Delivery => ({
  sub: s, subject, preview: extra.preview ?? "p", binary: false, size: (extra.preview ?? "p").length, at: 1000, ...extra,
});

function setup(active: ActiveSub[] = [], openRows = 1024) {
  const a = new Attribution(() => active, { openRows, openMs: 500, graceMs: 250 });
  return a;
}

const since0 = (...subs: SubRef[]): ActiveSub[] => subs.map((s) => ({ sub: s, since: 0 }));

describe("attribution", () => {
  it("one publish delivered to two subscriptions is one row with two chips", () => {
    const a = setup();
    a.deliver(at(colmar, "fr.grand_est.67.colmar", { msgId: "m1" }));
    a.deliver(at(grandEst, "fr.grand_est.67.colmar", { msgId: "m1" }));
    const { created } = a.drain();
    expect(created).toHaveLength(1);
    expect(created[0]!.chips.map((c) => c.pattern)).toEqual(["fr.grand_est.67.colmar", "fr.grand_est.>"]);
    expect(created[0]!.fromPlayground).toBe(true);
  });

  it("deliveries arriving in a later batch update the row already shown", () => {
    const a = setup();
    a.deliver(at(colmar, "fr.grand_est.67.colmar", { msgId: "m1" }));
    const first = a.drain().created[0]!;
    a.deliver(at(grandEst, "fr.grand_est.67.colmar", { msgId: "m1" }));
    const { created, updated } = a.drain();
    expect(created).toHaveLength(0);
    expect(updated.get(first.id)!.chips).toHaveLength(2);
  });

  it("foreign messages (no id): identical ones group while subscriptions are new, a repeated one starts a row", () => {
    const a = setup();
    for (let i = 0; i < 2; i++) {
      a.deliver(at(grandEst, "fr.grand_est.67.strasbourg"));
      a.deliver(at(strasbourg, "fr.grand_est.67.strasbourg"));
    }
    const { created } = a.drain();
    expect(created.map((r) => r.chips.length)).toEqual([2, 2]);
    expect(created[0]!.fromPlayground).toBe(false);
  });

  it("foreign messages interleaved with another publisher's still group right", () => {
    const a = setup();
    a.deliver(at(grandEst, "fr.grand_est.67.strasbourg", { preview: "x" }));
    a.deliver(at(grandEst, "fr.grand_est.67.colmar", { preview: "y" }));
    a.deliver(at(strasbourg, "fr.grand_est.67.strasbourg", { preview: "x" }));
    a.deliver(at(colmar, "fr.grand_est.67.colmar", { preview: "y" }));
    const rows = a.drain().created;
    expect(rows.map((r) => [r.subject, r.chips.map((c) => c.id)])).toEqual([
      ["fr.grand_est.67.strasbourg", [2, 3]],
      ["fr.grand_est.67.colmar", [2, 1]],
    ]);
  });

  it("same subject, different payloads are different messages", () => {
    const a = setup();
    a.deliver(at(grandEst, "fr.grand_est.67.colmar", { preview: "1" }));
    a.deliver(at(colmar, "fr.grand_est.67.colmar", { preview: "2" }));
    expect(a.drain().created).toHaveLength(2);
  });

  it("a flood of identical messages on one subscription makes one row each; the open window stays bounded", () => {
    const a = setup([], 64);
    for (let i = 0; i < 100_000; i++) a.deliver(at(grandEst, "fr.grand_est.67.colmar"));
    expect(a.drain().created).toHaveLength(100_000);
    expect(a.openCount()).toBe(64);
  });

  it("mismatch - a delivery the matcher says should not have happened is flagged at once", () => {
    const a = setup();
    a.deliver(at(colmar, "fr.grand_est.67.mulhouse"));
    const { created, mismatches } = a.drain();
    expect(created[0]!.unexpected).toEqual(["fr.grand_est.67.colmar"]);
    expect(mismatches).toHaveLength(1);
  });

  it("mismatch - a matching active subscription that did not deliver is flagged when the row closes", () => {
    const a = setup(since0(colmar, grandEst, strasbourg));
    a.deliver(at(grandEst, "fr.grand_est.67.colmar", { msgId: "m1" }));
    a.closeStale(1200);
    expect(a.drain().created[0]!.missing).toEqual([]);
    a.closeStale(1500);
    const { updated, mismatches } = a.drain();
    expect([...updated.values()][0]!.missing).toEqual(["fr.grand_est.67.colmar"]);
    expect(mismatches).toHaveLength(1);
  });

  it("mismatch - complete rows, paused and freshly added subscriptions raise no alarm", () => {
    const fresh = sub(4, "fr.>");
    // strasbourg is paused (not active); fresh subscribed just before the message
    const a = setup([...since0(colmar, grandEst), { sub: fresh, since: 900 }]);
    a.deliver(at(colmar, "fr.grand_est.67.colmar", { msgId: "m1" }));
    a.deliver(at(grandEst, "fr.grand_est.67.colmar", { msgId: "m1" }));
    a.deliver(at(grandEst, "fr.grand_est.67.strasbourg", { msgId: "m2" }));
    a.closeStale(5000);
    const { mismatches } = a.drain();
    expect(mismatches).toEqual([]);
    expect(a.openCount()).toBe(0);
  });

  it("rows pushed out of the open window are closed and checked too", () => {
    const a = setup(since0(colmar, grandEst), 2);
    a.deliver(at(grandEst, "fr.grand_est.67.colmar", { msgId: "a" }));
    a.deliver(at(grandEst, "fr.grand_est.68.mulhouse", { msgId: "b" }));
    a.deliver(at(grandEst, "fr.grand_est.68.mulhouse", { msgId: "c" }));
    const { created, mismatches } = a.drain();
    expect(a.openCount()).toBe(2);
    expect(created[0]!.missing).toEqual(["fr.grand_est.67.colmar"]);
    expect(mismatches).toHaveLength(1);
  });
});
