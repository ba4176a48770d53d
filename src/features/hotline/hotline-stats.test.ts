import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./hotline-stats";

describe("hotline stats", () => {
  it("percentile - nearest rank", () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i); // 200..1, unsorted
    expect(percentile(samples, 50)).toBe(100);
    expect(percentile(samples, 99)).toBe(198);
    expect(percentile(samples, 100)).toBe(200);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeUndefined();
  });
  it("summarize - count, p50, p99, max; the input is not reordered", () => {
    const samples = [3, 1, 2];
    expect(summarize(samples)).toEqual({ count: 3, p50: 2, p99: 3, max: 3 });
    expect(samples).toEqual([3, 1, 2]);
    expect(summarize([])).toEqual({ count: 0, p50: undefined, p99: undefined, max: undefined });
  });
});
