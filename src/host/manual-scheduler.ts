import type { Cancel, Scheduler } from "./host";

// A scheduler for unit tests: nothing runs until the test says so, and time
// moves only when the test moves it. Frames, yields and timers are separate
// queues, so a test can tell "next frame" from "after a yield".
export class ManualScheduler implements Scheduler {
  time = 0;
  private timers: { at: number; run: () => void; every?: number }[] = [];
  private frames: (() => void)[] = [];
  private yields: (() => void)[] = [];

  now = () => this.time;
  elapsed = () => this.time;

  setTimeout = (run: () => void, ms: number): Cancel => this.add({ at: this.time + ms, run });
  every = (ms: number, run: () => void): Cancel => this.add({ at: this.time + ms, run, every: ms });
  nextFrame = (run: () => void): Cancel => this.queue(this.frames, run);
  yieldThen = (run: () => void): Cancel => this.queue(this.yields, run);

  /** runs the callbacks waiting for a frame (not those they schedule) */
  frame(): void {
    const due = this.frames;
    this.frames = [];
    due.forEach((run) => run());
  }

  /** runs yielded continuations until none is left */
  drainYields(): void {
    while (this.yields.length > 0) this.yields.shift()!();
  }

  /** runs the oldest yielded continuation; false when there was none */
  runOneYield(): boolean {
    const next = this.yields.shift();
    next?.();
    return next !== undefined;
  }

  pendingYields(): number {
    return this.yields.length;
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.time = next.at;
      if (next.every) next.at += next.every;
      else this.timers.splice(this.timers.indexOf(next), 1);
      next.run();
    }
    this.time = end;
  }

  private add(t: { at: number; run: () => void; every?: number }): Cancel {
    this.timers.push(t);
    return () => {
      const i = this.timers.indexOf(t);
      if (i >= 0) this.timers.splice(i, 1);
    };
  }

  private queue(list: (() => void)[], run: () => void): Cancel {
    let cancelled = false;
    list.push(() => cancelled || run());
    return () => (cancelled = true);
  }
}
