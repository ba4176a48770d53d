import type { Headers, Received } from "./counter-store";

/** One publisher's values over time, oldest first. */
export type TimelinePublisher = { key: string; name?: string; values: readonly Received[] };

export type TimelineLimits = {
  /** values older than this leave */
  windowMs: number;
  /** values kept per publisher at most */
  perPublisher: number;
  /** publishers kept at most: the one heard from least recently leaves first */
  publishers: number;
};

// 5 minutes at the fastest interval the form allows (100 ms) is 3 000 values: a
// tab's whole window. A flood keeps its newest 3 000; 8 lines are already many to tell apart.
export const TIMELINE: TimelineLimits = { windowMs: 5 * 60_000, perPublisher: 3000, publishers: 8 };

type Line = { key: string; name?: string; values: Received[]; lastAt: number };

export type Timeline = {
  /** a batch of received values, in arrival order */
  add(values: readonly Received[], now: number): void;
  /** drops what left the window; true when something did */
  prune(now: number): boolean;
  /** each publisher's values (copies), in the order first heard */
  publishers(): TimelinePublisher[];
  clear(): void;
  /** values held, all publishers */
  size(): number;
};

// The values the chart draws and the export writes: per publisher, the last
// windowMs, bounded in count. Held by the controller, never in the store.
export function createTimeline(limits: TimelineLimits = TIMELINE): Timeline {
  const lines = new Map<string, Line>();
  let size = 0;

  const dropOldest = (line: Line, count: number) => {
    if (count <= 0) return;
    line.values.splice(0, count);
    size -= count;
  };

  const forget = (key: string) => {
    size -= lines.get(key)?.values.length ?? 0;
    lines.delete(key);
  };

  function prune(now: number): boolean {
    const before = size;
    const cutoff = now - limits.windowMs;
    for (const [key, line] of lines) {
      let old = 0;
      while (old < line.values.length && line.values[old]!.at < cutoff) old++;
      dropOldest(line, old);
      if (line.values.length === 0) forget(key);
    }
    return size !== before;
  }

  return {
    add(values, now) {
      for (const r of values) {
        let line = lines.get(r.publisherKey);
        if (!line) {
          line = { key: r.publisherKey, values: [], lastAt: r.at };
          lines.set(r.publisherKey, line);
        }
        line.name = r.publisher;
        line.lastAt = r.at;
        line.values.push(r);
        size++;
      }
      for (const line of lines.values()) dropOldest(line, line.values.length - limits.perPublisher);
      while (lines.size > limits.publishers) {
        let quiet: Line | undefined;
        for (const line of lines.values()) if (!quiet || line.lastAt < quiet.lastAt) quiet = line;
        forget(quiet!.key);
      }
      prune(now);
    },
    prune,
    publishers: () => [...lines.values()].map((l) => ({ key: l.key, name: l.name, values: l.values.slice() })),
    clear() {
      lines.clear();
      size = 0;
    },
    size: () => size,
  };
}

/**
 * The same headers as the previous value of the publisher, as that value's array:
 * a publisher sends the same few headers with every value, kept once instead of 3 000 times.
 */
export function sharedHeaders(previous: Headers | undefined, headers: Headers | undefined): Headers | undefined {
  if (!headers || headers.length === 0) return undefined;
  if (!previous || previous.length !== headers.length) return headers;
  for (let i = 0; i < headers.length; i++) if (previous[i]![0] !== headers[i]![0] || previous[i]![1] !== headers[i]![1]) return headers;
  return previous;
}
