import { describe, expect, it } from "vitest";
import { niceStep, timeTicks, valueAxis } from "./chart-scales";

describe("chart scales - round ticks", () => {
  it("value steps are 1, 2, 5 × 10ⁿ", () => {
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0.3, 4)).toBeCloseTo(0.1);
    expect(niceStep(0, 4)).toBe(1);
  });

  it("the axis covers the values with round ends", () => {
    expect(valueAxis(3, 97)).toEqual({ lo: 0, hi: 100, ticks: [0, 50, 100], digits: 0 });
    expect(valueAxis(4, 4)).toMatchObject({ lo: 3, hi: 5 });
    const small = valueAxis(0.1, 0.35);
    expect(small.digits).toBe(1);
    expect(small.ticks.map((v) => v.toFixed(1))).toEqual(["0.1", "0.2", "0.3", "0.4"]);
    expect(valueAxis(-12, 8).ticks).toEqual([-15, -10, -5, 0, 5, 10]);
  });

  it("time ticks fall on round times of the local clock", () => {
    const start = new Date(2026, 11, 2, 2, 10, 17).getTime();
    const ticks = timeTicks(start, start + 5 * 60_000);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const t of ticks) {
      expect(new Date(t).getSeconds()).toBe(0);
      expect(t).toBeGreaterThanOrEqual(start);
      expect(t).toBeLessThanOrEqual(start + 5 * 60_000);
    }
    const minute = timeTicks(start, start + 60_000);
    expect(new Set(minute.map((t) => new Date(t).getSeconds() % 15))).toEqual(new Set([0]));
    expect(timeTicks(start, start)).toEqual([]);
  });
});
