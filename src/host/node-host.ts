import type { Cancel, Host, KeyValue } from "./host";
import { memoryStorage, randomId } from "./host";

// Node (a service on a terminal, a simulated class, a unit test): no frames,
// always "visible", storage in memory. Frames become a ~16 ms timer so batches
// still group messages the way they do in a tab.
export function nodeHost(options: { storage?: KeyValue; frameMs?: number } = {}): Host {
  const frameMs = options.frameMs ?? 16;
  const leaving = new Set<() => void>();
  const timeout = (run: () => void, ms: number): Cancel => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  };
  return {
    now: () => Date.now(),
    elapsed: () => performance.now(),
    setTimeout: timeout,
    every(ms, run) {
      const id = setInterval(run, ms);
      return () => clearInterval(id);
    },
    nextFrame: (run) => timeout(run, frameMs),
    yieldThen(run) {
      const id = setImmediate(run);
      return () => clearImmediate(id);
    },
    storage: options.storage ?? memoryStorage(),
    visibility: { visible: () => true, onChange: () => () => undefined },
    onLeave(run) {
      leaving.add(run);
      return () => leaving.delete(run);
    },
    randomId,
  };
}
