import { describe, expect, it } from "vitest";
import { createRateBuckets, ratePoints } from "./rate-buckets";

const T0 = Date.UTC(2026, 11, 2, 2, 15, 0);
const at = (seconds: number, ms = 0) => T0 + seconds * 1000 + ms;

describe("rate buckets - counting per second", () => {
  it("counts timestamps into their second; now is the last complete second", () => {
    const r = createRateBuckets();
    r.addAll([at(0, 1), at(0, 500), at(0, 999), at(1, 0), at(1, 300)]);
    r.add(at(2, 10));
    const s = r.read(at(2, 500));
    expect(s.counts).toHaveLength(60);
    expect(s.counts.slice(-3)).toEqual([3, 2, 1]);
    expect(s.now).toBe(2);
    expect(s.peak).toBe(3);
    expect(s.total).toBe(6);
    expect(s.start).toBe(at(2) - 59_000);
  });

  it("takes counts as well as single messages", () => {
    const r = createRateBuckets();
    r.add(at(0), 40);
    r.add(at(0, 900), 2);
    r.add(at(1), 0);
    r.add(at(1), -3);
    expect(r.read(at(1)).counts.slice(-2)).toEqual([42, 0]);
  });

  it("forgets what leaves the window, memory stays one ring", () => {
    const r = createRateBuckets(60);
    r.add(at(0), 5);
    expect(r.read(at(59)).total).toBe(5);
    expect(r.read(at(60)).total).toBe(0);
    r.add(at(61), 1);
    r.add(at(1), 9); // older than the window: ignored
    const s = r.read(at(61));
    expect(s.total).toBe(1);
    expect(s.counts.at(-1)).toBe(1);
  });

  it("a long silence clears everything; a late message within the window still counts", () => {
    const r = createRateBuckets(10);
    r.add(at(0), 3);
    r.add(at(1000), 1);
    r.add(at(995), 2);
    const s = r.read(at(1000));
    expect(s.counts).toEqual([0, 0, 0, 0, 2, 0, 0, 0, 0, 1]);
    expect(s.total).toBe(3);
  });

  it("a clock read earlier than the newest message hides the seconds after it", () => {
    const r = createRateBuckets(10);
    r.add(at(5), 1);
    r.add(at(8), 4);
    const s = r.read(at(6));
    expect(s.counts.at(-2)).toBe(1);
    expect(s.total).toBe(1);
  });

  it("100 000 messages in a second", () => {
    const r = createRateBuckets();
    for (let i = 0; i < 100_000; i++) r.add(at(3, i % 1000));
    expect(r.read(at(4)).now).toBe(100_000);
    expect(r.read(at(4)).peak).toBe(100_000);
  });

  it("clear and bad sizes", () => {
    const r = createRateBuckets(5);
    r.add(at(0), 1);
    r.clear();
    expect(r.read(at(0)).total).toBe(0);
    expect(() => createRateBuckets(1)).toThrow(RangeError);
    expect(() => createRateBuckets(2.5)).toThrow(/whole number/);
  });

  it("reads as points, one per second at its middle", () => {
    const r = createRateBuckets(3);
    r.add(at(1), 2);
    expect(ratePoints(r.read(at(2)))).toEqual([
      { t: at(0, 500), v: 0 },
      { t: at(1, 500), v: 2 },
      { t: at(2, 500), v: 0 },
    ]);
  });
});
