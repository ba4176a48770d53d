// A bounded per-second counter: a ring of `seconds` buckets (60 by default),
// fed with message times or with counts, read as a rate series. Memory stays
// the same however many messages arrive; time only moves forward.

export type RateSeries = {
  /** ms since the epoch of the first (oldest) bucket's second */
  start: number;
  /** one count per second, oldest first; the last is the second in progress */
  counts: number[];
  /** the last complete second's count: the rate "now" (the second in progress would always look low) */
  now: number;
  /** the highest count of any bucket in the window */
  peak: number;
  /** messages in the whole window */
  total: number;
};

export type RateBuckets = {
  /** `count` messages (1 by default) at `at` (ms since the epoch); older than the window: ignored */
  add(at: number, count?: number): void;
  /** one message per time */
  addAll(times: readonly number[]): void;
  /** the window ending with the second of `now` */
  read(now: number): RateSeries;
  clear(): void;
};

const SECOND = 1000;

export function createRateBuckets(seconds = 60): RateBuckets {
  if (!Number.isInteger(seconds) || seconds < 2) throw new RangeError(`rate buckets: seconds must be a whole number ≥ 2, got ${seconds}`);
  const counts = new Float64Array(seconds);
  // the second (ms / 1000, floored) that the newest bucket holds; -Infinity before the first add
  let head = -Infinity;

  const slot = (second: number) => ((second % seconds) + seconds) % seconds;

  const advanceTo = (second: number) => {
    if (second <= head) return;
    if (second - head >= seconds) counts.fill(0);
    else for (let s = head + 1; s <= second; s++) counts[slot(s)] = 0;
    head = second;
  };

  const add = (at: number, count = 1) => {
    if (!Number.isFinite(at) || !(count > 0)) return;
    const second = Math.floor(at / SECOND);
    advanceTo(second);
    if (second <= head - seconds) return;
    counts[slot(second)]! += count;
  };

  return {
    add,
    addAll(times) {
      for (const at of times) add(at);
    },
    read(now) {
      const last = Math.floor(now / SECOND);
      advanceTo(last);
      const out = new Array<number>(seconds);
      let peak = 0;
      let total = 0;
      for (let i = 0; i < seconds; i++) {
        const second = last - seconds + 1 + i;
        // a bucket of a second after `now` (a clock that went back) is not shown
        const c = second <= head && second > head - seconds ? counts[slot(second)]! : 0;
        out[i] = c;
        peak = Math.max(peak, c);
        total += c;
      }
      return { start: (last - seconds + 1) * SECOND, counts: out, now: out[seconds - 2]!, peak, total };
    },
    clear() {
      counts.fill(0);
      head = -Infinity;
    },
  };
}

/** The series as points for a line chart: one per second, at the middle of its second. */
export function ratePoints(series: RateSeries): { t: number; v: number }[] {
  return series.counts.map((v, i) => ({ t: series.start + i * SECOND + SECOND / 2, v }));
}
