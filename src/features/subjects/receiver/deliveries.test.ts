import { describe, expect, it } from "vitest";
import type { BusMessage } from "../../../nats/nats-client";
import { MSG_ID_HEADER } from "../msg-id-header";
import type { SubRef } from "./attribution";
import { Deliveries } from "./deliveries";
import { previewOf } from "./payload-glance";
import { logFrame, withLogFrames } from "./receiver-store";

const encoder = new TextEncoder();
const message = (subject: string, text: string, msgId?: string): BusMessage => ({
  subject, text, sid: 1, data: encoder.encode(text), headers: msgId ? { [MSG_ID_HEADER]: msgId } : undefined, respond: () => false,
});
const colmar: SubRef = { id: 1, key: "a", pattern: "fr.grand_est.67.colmar", colour: 0 };
const grandEst: SubRef = { id: 2, key: "b", pattern: "fr.grand_est.>", colour: 1 };

describe("deliveries", () => {
  it("previews are cut", () => {
    expect(previewOf("x".repeat(1000))).toHaveLength(201);
    expect(previewOf("short")).toBe("short");
  });

  it("a row created in one slice and completed in the next is shown complete, once", () => {
    const d = new Deliveries(() => []);
    d.take([{ sub: colmar, m: message("fr.grand_est.67.colmar", "x", "m1"), at: 0 }]);
    d.take([{ sub: grandEst, m: message("fr.grand_est.67.colmar", "x", "m1"), at: 0 }]);
    const g = d.drain()!;
    expect([g.created.length, g.delivered, [...g.counts]]).toEqual([1, 2, [["a", 1], ["b", 1]]]);
    const log = withLogFrames({ rows: [], messages: 0 }, [logFrame(g, 1)]);
    expect(log.rows.map((r) => r.chips.map((c) => c.key))).toEqual([["a", "b"]]);
    expect(d.drain()).toBeUndefined();
  });

  it("rows close by when deliveries were received: slices running late never split one message in two rows", () => {
    const d = new Deliveries(() => []);
    // both received at once; the second is handled in a later slice, long after (the clock plays no part)
    d.take([{ sub: colmar, m: message("fr.grand_est.67.colmar", "x", "m1"), at: 1000 }]);
    d.take([{ sub: grandEst, m: message("fr.grand_est.67.colmar", "x", "m1"), at: 1000 }]);
    const g = d.drain()!;
    expect(g.created).toHaveLength(1);
    expect(g.updated.get(g.created[0]!.id)!.chips).toHaveLength(2);
    // a delivery received 500 ms later closes it
    d.take([{ sub: grandEst, m: message("fr.grand_est.67.colmar", "y", "m2"), at: 1500 }]);
    expect(d.openRows()).toBe(1);
  });

  it("a row completed in a later frame than the one that showed it is replaced in place", () => {
    const d = new Deliveries(() => []);
    d.take([{ sub: colmar, m: message("fr.grand_est.67.colmar", "x", "m1"), at: 0 }]);
    const first = logFrame(d.drain()!, 1);
    d.take([{ sub: colmar, m: message("fr.grand_est.67.colmar", "y", "m2"), at: 0 }]);
    d.take([{ sub: grandEst, m: message("fr.grand_est.67.colmar", "x", "m1"), at: 0 }]);
    const second = logFrame(d.drain()!, 2);
    const log = withLogFrames({ rows: [], messages: 0 }, [first, second]);
    expect(log.rows.map((r) => [r.preview, r.chips.length])).toEqual([["y", 1], ["x", 2]]);
    expect(log.messages).toBe(2);
  });
});
