import type { FrameBatch } from "../../ui/frame-batch";

// frameBatch flushes every animation frame; during a burst of calls (a Repeat
// run) that repaints the log 60 times a second, and each repaint holds the main
// thread while replies wait (measured: p99 round trip ~40 ms instead of a few).
// This flushes at once when idle (a single call shows immediately), then at most
// once per `everyMs` while calls keep coming.
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
