import type { Cancel } from "./host";

// Calls onTick every intervalMs, also while the tab sits in the background:
// Chrome throttles page timers in hidden tabs (down to once a minute), but not
// worker timers.
export function startTicker(intervalMs: number, onTick: () => void): Cancel {
  const worker = new Worker(new URL("./ticker.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = () => onTick();
  worker.postMessage({ intervalMs });
  return () => {
    worker.postMessage("stop");
    worker.terminate();
  };
}
