import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttledBatch } from "./throttled-batch";

describe("hotline throttled batch", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] }));
  afterEach(() => vi.useRealTimers());

  it("flushes the first item at once, then at most once per interval", () => {
    const flushed: number[][] = [];
    const b = throttledBatch<number>((items) => flushed.push(items), 200);
    b.push(1);
    expect(flushed).toEqual([[1]]);
    b.push(2);
    b.push(3);
    expect(flushed).toEqual([[1]]);
    vi.advanceTimersByTime(199);
    expect(flushed).toEqual([[1]]);
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([[1], [2, 3]]);
  });

  it("after a quiet spell the next item shows at once again", () => {
    const flushed: number[][] = [];
    const b = throttledBatch<number>((items) => flushed.push(items), 200);
    b.push(1);
    vi.advanceTimersByTime(500);
    b.push(2);
    expect(flushed).toEqual([[1], [2]]);
  });

  it("flushNow and stop drain what is buffered and cancel the timer", () => {
    const flushed: number[][] = [];
    const b = throttledBatch<number>((items) => flushed.push(items), 200);
    b.push(1);
    b.push(2);
    b.flushNow();
    expect(flushed).toEqual([[1], [2]]);
    b.push(3);
    b.stop();
    vi.advanceTimersByTime(1000);
    expect(flushed).toEqual([[1], [2], [3]]);
  });
});
