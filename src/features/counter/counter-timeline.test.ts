import { describe, expect, it } from "vitest";
import type { Received } from "./counter-store";
import { createTimeline, sharedHeaders } from "./counter-timeline";

const value = (publisherKey: string, at: number, v: number): Received => ({
  id: at * 1000 + v,
  at,
  subject: "compteur",
  publisher: publisherKey,
  publisherKey,
  reading: { kind: "number", value: v },
});
const values = (p: { key: string; values: readonly Received[] }) => p.values.map((r) => (r.reading.kind === "number" ? r.reading.value : NaN));

describe("counter timeline (what the chart and the export hold)", () => {
  it("timeline - per publisher, in the order first heard, oldest first", () => {
    const t = createTimeline({ windowMs: 60_000, perPublisher: 100, publishers: 8 });
    t.add([value("alice", 1000, 0), value("bob", 1100, 10), value("alice", 2000, 2)], 2000);
    t.add([value("bob", 2100, 12)], 2100);
    expect(t.publishers().map((p) => [p.key, values(p)])).toEqual([["alice", [0, 2]], ["bob", [10, 12]]]);
    expect(t.size()).toBe(4);
  });

  it("timeline - the window: values older than it leave, a publisher with none left goes", () => {
    const t = createTimeline({ windowMs: 60_000, perPublisher: 100, publishers: 8 });
    t.add([value("alice", 0, 0), value("bob", 30_000, 10), value("alice", 50_000, 2)], 50_000);
    expect(t.prune(70_000)).toBe(true);
    expect(t.publishers().map((p) => [p.key, values(p)])).toEqual([["alice", [2]], ["bob", [10]]]);
    expect(t.prune(70_000)).toBe(false);
    t.add([value("alice", 120_000, 4)], 120_000);
    expect(t.publishers().map((p) => [p.key, values(p)])).toEqual([["alice", [4]]]);
    expect(t.size()).toBe(1);
  });

  it("timeline - a flood keeps each publisher's newest values; the quietest publisher leaves past the limit", () => {
    const t = createTimeline({ windowMs: 60_000, perPublisher: 3, publishers: 2 });
    t.add(Array.from({ length: 10 }, (_, i) => value("flood", 1000 + i, i)), 1010);
    expect(values(t.publishers()[0]!)).toEqual([7, 8, 9]);
    t.add([value("bob", 2000, 1)], 2000);
    t.add([value("flood", 3000, 10), value("carol", 3001, 5)], 3001);
    expect(t.publishers().map((p) => p.key)).toEqual(["flood", "carol"]);
    expect(t.size()).toBe(4);
  });

  it("timeline - what it hands out is a copy: later values do not change it", () => {
    const t = createTimeline();
    t.add([value("alice", 1000, 0)], 1000);
    const before = t.publishers();
    t.add([value("alice", 2000, 2)], 2000);
    expect(values(before[0]!)).toEqual([0]);
    t.clear();
    expect(t.publishers()).toEqual([]);
    expect(t.size()).toBe(0);
  });

  it("timeline - a publisher's repeated headers are kept once", () => {
    const a = [["Playground-Publisher", "alice"], ["Playground-Step", "2"]] as const;
    const same = [["Playground-Publisher", "alice"], ["Playground-Step", "2"]] as const;
    const other = [["Playground-Publisher", "alice"], ["Playground-Step", "3"]] as const;
    expect(sharedHeaders(a, same)).toBe(a);
    expect(sharedHeaders(a, other)).toBe(other);
    expect(sharedHeaders(a, [a[0]])).toEqual([a[0]]);
    expect(sharedHeaders(undefined, same)).toBe(same);
    expect(sharedHeaders(a, [])).toBeUndefined();
    expect(sharedHeaders(a, undefined)).toBeUndefined();
  });
});
