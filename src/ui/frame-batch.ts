// Message callbacks push here; the flush runs at most once per animation frame.
// A timer backs the frame up: hidden tabs get no frames, and their buffers must
// still drain (bounded work, never an unbounded queue).
export type FrameBatch<T> = { push(item: T): void; flushNow(): void; stop(): void };

export function frameBatch<T>(flush: (items: T[]) => void, fallbackMs = 250): FrameBatch<T> {
  let items: T[] = [];
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hasFrames = typeof requestAnimationFrame === "function";
  const run = () => {
    if (frame !== undefined && hasFrames) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = timer = undefined;
    if (items.length === 0) return;
    const batch = items;
    items = [];
    flush(batch);
  };
  return {
    push(item) {
      items.push(item);
      if (timer === undefined) {
        timer = setTimeout(run, fallbackMs);
        if (hasFrames) frame = requestAnimationFrame(run);
      }
    },
    flushNow: run,
    stop() {
      run();
      if (frame !== undefined && hasFrames) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
