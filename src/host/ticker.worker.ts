// Timers in a worker are not throttled when the tab is in the background.
let timer: ReturnType<typeof setInterval> | undefined;
self.onmessage = (e: MessageEvent<{ intervalMs: number } | "stop">) => {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
  if (e.data !== "stop") timer = setInterval(() => self.postMessage("tick"), e.data.intervalMs);
};
