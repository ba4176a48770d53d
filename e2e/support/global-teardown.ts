import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const HOUR = 60 * 60 * 1000;

/** Leftovers of runs that ended more than an hour ago: no run in progress owns them. */
function removeStale(dir: string, now: number) {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > HOUR) rmSync(path, { recursive: true, force: true });
  }
}

// Each run builds the app into .e2e-dist/<port> and writes its traces to
// test-results/run-<port>: this run's build goes at its end, old runs' leftovers
// too (the traces of this run's failures stay for `npx playwright show-trace`).
export default function globalTeardown() {
  rmSync(join(".e2e-dist", String(process.env.PLAYGROUND_APP_PORT)), { recursive: true, force: true });
  const now = Date.now();
  removeStale(".e2e-dist", now);
  removeStale("test-results", now);
}
