import type { Cancel, Host } from "../host/host";
import { nodeHost } from "../host/node-host";

/** A Node Host whose "page is going away" moment is ours to call: before stopping, on Ctrl-C. */
export type CliHost = Host & { leave(): void };

// The composition root decides when a process "leaves" (a tab's is pagehide):
// the chat says goodbye then, so other tabs drop it at once, not after the expiry.
export function cliHost(options: { randomId?: () => string; frameMs?: number } = {}): CliHost {
  const base = nodeHost({ frameMs: options.frameMs });
  const leaving = new Set<() => void>();
  return {
    ...base,
    randomId: options.randomId ?? base.randomId,
    onLeave(run): Cancel {
      leaving.add(run);
      return () => leaving.delete(run);
    },
    leave() {
      for (const run of [...leaving]) run();
      leaving.clear();
    },
  };
}
