import type { Cancel, Scheduler } from "../host/host";

// The one way hot paths batch. A message callback only pushes; the sink runs
// later, on one of these policies:
// - immediate: at once, one item at a time (a hotline agent answering a call);
// - perFrame: at most once per frame (what is shown: nobody sees more often);
// - throttled: at once when idle, then at most every `everyMs` (latency-sensitive
//   bursts: during a Hotline Repeat run, a repaint per frame held the main thread
//   while replies waited: p99 round trip ~40 ms instead of a few); `everyMs` may be
//   a function, asked at each wait (a view that repaints less often under a flood);
// - sliced: the sink gets chunks sized to take about `sliceMs` each, with the event
//   loop free in between (clicks, frames, the socket), and `commit` once per frame
//   (a late frame can bring tens of thousands of deliveries: handled in one go they
//   blocked the Subjects panel for a tenth of a second or more).
export type BatchPolicy =
  | { kind: "immediate" }
  | { kind: "perFrame" }
  | { kind: "throttled"; everyMs: number | (() => number) }
  | { kind: "sliced"; sliceMs: number };

export const Batch = {
  immediate: { kind: "immediate" },
  perFrame: { kind: "perFrame" },
  throttled: (everyMs: number | (() => number)): BatchPolicy => ({ kind: "throttled", everyMs }),
  sliced: (sliceMs: number): BatchPolicy => ({ kind: "sliced", sliceMs }),
} as const satisfies Record<string, BatchPolicy | ((n: number) => BatchPolicy)>;

export type BatchSink<T> = {
  flush(items: T[]): void;
  /** after one or more flushes: once per frame with `sliced`, right after each flush otherwise */
  commit?(): void;
};

export type Batcher<T> = {
  push(item: T): void;
  /** hands everything buffered to the sink now (and commits) */
  flushNow(): void;
  /** flushes what is buffered, then ignores further pushes */
  stop(): void;
};

export function createBatcher<T>(policy: BatchPolicy, sink: BatchSink<T> | ((items: T[]) => void), scheduler: Scheduler): Batcher<T> {
  const s: BatchSink<T> = typeof sink === "function" ? { flush: sink } : sink;
  switch (policy.kind) {
    case "immediate":
      return immediate(s);
    case "perFrame":
      return perFrame(s, scheduler);
    case "throttled":
      return throttled(s, policy.everyMs, scheduler);
    case "sliced":
      return sliced(s, policy.sliceMs, scheduler);
  }
}

function immediate<T>(sink: BatchSink<T>): Batcher<T> {
  let stopped = false;
  return {
    push(item) {
      if (stopped) return;
      sink.flush([item]);
      sink.commit?.();
    },
    flushNow: () => undefined,
    stop: () => void (stopped = true),
  };
}

/** Items wait in one buffer; `when` decides when it goes to the sink: "now", or a scheduled run. */
function buffered<T>(sink: BatchSink<T>, when: (run: () => void) => Cancel | "now"): Batcher<T> {
  let items: T[] = [];
  let cancel: Cancel | undefined;
  let stopped = false;
  const run = () => {
    cancel?.();
    cancel = undefined;
    if (items.length === 0) return;
    const batch = items;
    items = [];
    sink.flush(batch);
    sink.commit?.();
  };
  return {
    push(item) {
      if (stopped) return;
      items.push(item);
      if (cancel) return;
      const scheduled = when(run);
      if (scheduled === "now") run();
      else cancel = scheduled;
    },
    flushNow: run,
    stop() {
      run();
      stopped = true;
    },
  };
}

function perFrame<T>(sink: BatchSink<T>, scheduler: Scheduler): Batcher<T> {
  return buffered(sink, (run) => scheduler.nextFrame(run));
}

function throttled<T>(sink: BatchSink<T>, everyMs: number | (() => number), scheduler: Scheduler): Batcher<T> {
  const gap = typeof everyMs === "number" ? () => everyMs : everyMs;
  let last = -Infinity;
  const timed: BatchSink<T> = {
    flush(items) {
      last = scheduler.now();
      sink.flush(items);
    },
    commit: sink.commit && (() => sink.commit!()),
  };
  return buffered(timed, (run) => {
    const wait = last + gap() - scheduler.now();
    return wait <= 0 ? "now" : scheduler.setTimeout(run, wait);
  });
}

function sliced<T>(sink: BatchSink<T>, sliceMs: number, scheduler: Scheduler): Batcher<T> {
  let backlog: T[] = [];
  let next = 0;
  let chunk = 64;
  let stepping: Cancel | undefined;
  let committing: Cancel | undefined;
  let stopped = false;
  const clock = () => scheduler.elapsed();
  const commit = () => {
    committing?.();
    committing = undefined;
    sink.commit?.();
  };
  const step = () => {
    stepping = undefined;
    const until = clock() + sliceMs;
    while (next < backlog.length) {
      const started = clock();
      const end = Math.min(backlog.length, next + chunk);
      sink.flush(backlog.slice(next, end));
      const took = clock() - started;
      // size the next chunk to fit the slice: the sink's cost per item varies with what it does
      chunk = Math.max(16, Math.min(8192, Math.round(((end - next) * sliceMs) / Math.max(took, 0.05) / 2)));
      next = end;
      if (clock() >= until) break;
    }
    if (next >= backlog.length) {
      backlog = [];
      next = 0;
    } else {
      stepping = scheduler.yieldThen(step);
    }
    committing ??= scheduler.nextFrame(commit);
  };
  return {
    push(item) {
      if (stopped) return;
      backlog.push(item);
      stepping ??= scheduler.yieldThen(step);
    },
    flushNow() {
      stepping?.();
      stepping = undefined;
      if (next < backlog.length) sink.flush(backlog.slice(next));
      backlog = [];
      next = 0;
      commit();
    },
    stop() {
      this.flushNow();
      stopped = true;
    },
  };
}
