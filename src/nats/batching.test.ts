import { beforeEach, describe, expect, it } from "vitest";
import { ManualScheduler } from "../host/manual-scheduler";
import { Batch, createBatcher } from "./batching";

describe("batching", () => {
  let clock: ManualScheduler;
  beforeEach(() => (clock = new ManualScheduler()));

  it("immediate - every item goes to the sink at once, one at a time", () => {
    const flushed: number[][] = [];
    const b = createBatcher<number>(Batch.immediate, (items) => flushed.push(items), clock);
    b.push(1);
    b.push(2);
    expect(flushed).toEqual([[1], [2]]);
    b.stop();
    b.push(3);
    expect(flushed).toEqual([[1], [2]]);
  });

  it("perFrame - everything pushed before a frame arrives in one flush, then commit", () => {
    const log: string[] = [];
    const b = createBatcher<number>(Batch.perFrame, { flush: (items) => log.push(items.join(",")), commit: () => log.push("commit") }, clock);
    b.push(1);
    b.push(2);
    b.push(3);
    expect(log).toEqual([]);
    clock.frame();
    expect(log).toEqual(["1,2,3", "commit"]);
    clock.frame();
    expect(log).toEqual(["1,2,3", "commit"]);
    b.push(4);
    b.flushNow();
    expect(log).toEqual(["1,2,3", "commit", "4", "commit"]);
  });

  it("perFrame - stop flushes what is buffered and ignores later pushes", () => {
    const flushed: number[][] = [];
    const b = createBatcher<number>(Batch.perFrame, (items) => flushed.push(items), clock);
    b.push(1);
    b.stop();
    b.push(2);
    clock.frame();
    expect(flushed).toEqual([[1]]);
  });

  it("throttled - the first item at once, then at most once per interval", () => {
    const flushed: number[][] = [];
    const b = createBatcher<number>(Batch.throttled(200), (items) => flushed.push(items), clock);
    clock.advance(1000);
    b.push(1);
    expect(flushed).toEqual([[1]]);
    b.push(2);
    b.push(3);
    expect(flushed).toEqual([[1]]);
    clock.advance(199);
    expect(flushed).toEqual([[1]]);
    clock.advance(1);
    expect(flushed).toEqual([[1], [2, 3]]);
  });

  it("throttled - after a quiet spell the next item shows at once again; flushNow and stop drain", () => {
    const flushed: number[][] = [];
    const b = createBatcher<number>(Batch.throttled(200), (items) => flushed.push(items), clock);
    clock.advance(1000);
    b.push(1);
    clock.advance(500);
    b.push(2);
    b.push(3);
    b.flushNow();
    expect(flushed).toEqual([[1], [2], [3]]);
    b.push(4);
    b.stop();
    clock.advance(1000);
    expect(flushed).toEqual([[1], [2], [3], [4]]);
  });

  it("sliced - a big backlog goes to the sink in chunks that fit the slice, yielding between slices, committed once per frame", () => {
    const chunks: number[] = [];
    let commits = 0;
    const costPerItemMs = 0.1;
    const b = createBatcher<number>(
      Batch.sliced(6),
      {
        flush: (items) => {
          chunks.push(items.length);
          clock.time += items.length * costPerItemMs;
        },
        commit: () => commits++,
      },
      clock,
    );
    for (let i = 0; i < 5000; i++) b.push(i);
    expect(chunks).toEqual([]);
    const slices: number[] = [];
    while (clock.pendingYields() > 0) {
      const before = clock.time;
      clock.runOneYield();
      slices.push(clock.time - before);
      // a frame comes now and then while the backlog drains: it commits what was handled so far
      if (slices.length === 3) {
        clock.frame();
        expect(commits).toBe(1);
      }
    }
    expect(chunks.reduce((a, n) => a + n, 0)).toBe(5000);
    // 500 ms of work was not done in one go, and no slice ran much past 6 ms
    expect(slices.length).toBeGreaterThan(50);
    expect(Math.max(...slices)).toBeLessThanOrEqual(12);
    clock.frame();
    expect(commits).toBe(2);
    clock.frame();
    expect(commits).toBe(2);
  });

  it("sliced - flushNow hands over the whole backlog at once and commits", () => {
    const got: number[] = [];
    let commits = 0;
    const b = createBatcher<number>(Batch.sliced(6), { flush: (items) => got.push(...items), commit: () => commits++ }, clock);
    for (let i = 0; i < 10; i++) b.push(i);
    b.flushNow();
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(commits).toBe(1);
    clock.drainYields();
    expect(got).toHaveLength(10);
  });
});
