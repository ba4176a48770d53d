// Encoding thousands of rows in one go holds the main thread: done in slices,
// with the event loop free in between (clicks, frames, the socket).

/** runs `run` once other waiting work has had its turn (Scheduler.yieldThen fits) */
export type YieldThen = (run: () => void) => unknown;

export type Slicing = {
  yieldThen?: YieldThen;
  /** items per slice: 10 000 Subjects-log-like rows took 80–200 ms to CSV in one go (Node, 2 cores); 1 000 take 3–10 ms */
  size?: number;
};

export const SLICE_SIZE = 1000;

/** A message port yields without the 4 ms clamp of a nested setTimeout(0). */
export const yieldToEventLoop: YieldThen = (run) => {
  if (typeof MessageChannel === "undefined") return void setTimeout(run, 0);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
};

/** Each item encoded, one string per slice; `slices` says how many there were (yields = slices - 1). */
export async function encodeInSlices<T>(
  items: readonly T[],
  encode: (item: T, index: number) => string,
  o: Slicing = {},
): Promise<{ parts: string[]; slices: number }> {
  const size = Math.max(1, o.size ?? SLICE_SIZE);
  const yieldThen = o.yieldThen ?? yieldToEventLoop;
  const parts: string[] = [];
  for (let from = 0; from < items.length; from += size) {
    if (from > 0) await new Promise<void>((resolve) => void yieldThen(resolve));
    const to = Math.min(items.length, from + size);
    const part = new Array<string>(to - from);
    for (let i = from; i < to; i++) part[i - from] = encode(items[i]!, i);
    // join makes one flat string; `+=` would leave a rope for the Blob to flatten at the end, in one long task
    parts.push(part.join(""));
  }
  return { parts, slices: parts.length };
}
