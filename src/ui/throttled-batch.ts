import type { FrameBatch } from "./frame-batch";

// The other batching policy, beside frameBatch (same interface): flushes at once
// when idle (a single event shows immediately), then at most once per `everyMs`
// while events keep coming. For latency-sensitive bursts: during a Hotline Repeat
// run, repainting every frame held the main thread while replies waited
// (measured: p99 round trip ~40 ms instead of a few).
export function throttledBatch<T>(flush: (items: T[]) => void, everyMs = 200): FrameBatch<T> {
  let items: T[] = [];
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (items.length === 0) return;
    last = performance.now();
    const batch = items;
    items = [];
    flush(batch);
  };
  return {
    push(item) {
      items.push(item);
      if (timer !== undefined) return;
      const wait = last + everyMs - performance.now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    flushNow: run,
    stop: run,
  };
}
