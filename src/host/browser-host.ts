import type { Cancel, Host, KeyValue } from "./host";
import { randomId } from "./host";
import { startTicker } from "./ticker";

// The browser tab's Host. Frames back up with a timer: a hidden tab gets no
// animation frames, and its buffers must still drain.
export function browserHost(): Host {
  const timeout = (run: () => void, ms: number): Cancel => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  };
  // setTimeout(0) is clamped to 4 ms once nested; a message port yields without idling
  const port = new MessageChannel();
  const queued: (() => void)[] = [];
  port.port1.onmessage = () => queued.shift()?.();
  return {
    now: () => Date.now(),
    elapsed: () => performance.now(),
    setTimeout: timeout,
    every: startTicker,
    nextFrame(run) {
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        cancelAnimationFrame(frame);
        clearTimeout(backup);
        run();
      };
      const frame = requestAnimationFrame(once);
      const backup = setTimeout(once, 250);
      return () => {
        done = true;
        cancelAnimationFrame(frame);
        clearTimeout(backup);
      };
    },
    yieldThen(run) {
      let cancelled = false;
      queued.push(() => cancelled || run());
      port.port2.postMessage(null);
      return () => (cancelled = true);
    },
    storage: sessionStore(),
    visibility: {
      visible: () => document.visibilityState === "visible",
      onChange(run) {
        document.addEventListener("visibilitychange", run);
        return () => document.removeEventListener("visibilitychange", run);
      },
    },
    onLeave(run) {
      window.addEventListener("pagehide", run);
      window.addEventListener("beforeunload", run);
      return () => {
        window.removeEventListener("pagehide", run);
        window.removeEventListener("beforeunload", run);
      };
    },
    randomId,
  };
}

function sessionStore(): KeyValue {
  return {
    get(key) {
      try {
        return sessionStorage.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        sessionStorage.setItem(key, value);
      } catch {
        /* storage disabled: the value lasts for this page only */
      }
    },
  };
}
