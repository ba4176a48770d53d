// @ts-check
// `npm test`: every test. Type check, lint, Vitest (unit + real-server matcher test),
// Playwright e2e in the installed Chromium, the benchmark's quick smoke run.
// Ends with one line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, mkdirSync } from "node:fs";
import { ensureSystemDeps } from "./system-deps.mjs";
import { ensurePythonNats } from "./python-nats.mjs";

ensureSystemDeps({ chromium: true });
// real Python clients (the lab's nats-py) take part in some tests; without them those tests skip and say why
const py = ensurePythonNats();
console.log("python" in py ? `[python] nats-py ready: ${py.python}` : `[python] ${py.missing}: the Python cases will be skipped`);
mkdirSync(".tmp", { recursive: true });
const extra = process.argv.slice(2);

/** @param {string} title @param {string[]} cmd @param {Record<string,string>} [env] */
function run(title, cmd, env = {}) {
  console.log(`\n=== ${title}: ${cmd.join(" ")}`);
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status === 0;
}

const results = { passed: 0, failed: 0, skipped: 0 };
const okTypes = run("type check", ["npx", "tsc", "--noEmit"]);
if (!okTypes) results.failed++;
const okLint = run("lint", ["npm", "run", "--silent", "lint"]);
if (!okLint) results.failed++;

rmSync(".tmp/vitest.json", { force: true });
const okUnit = run("unit tests", ["npx", "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=.tmp/vitest.json"]);
try {
  const v = JSON.parse(readFileSync(".tmp/vitest.json", "utf8"));
  results.passed += v.numPassedTests;
  results.failed += v.numFailedTests;
  results.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} catch {
  if (!okUnit) results.failed++;
}

rmSync(".tmp/playwright.json", { force: true });
const okE2e = run("browser tests", ["npx", "playwright", "test", "--reporter=list,json", ...extra], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: ".tmp/playwright.json",
});
try {
  const p = JSON.parse(readFileSync(".tmp/playwright.json", "utf8"));
  results.passed += p.stats.expected + (p.stats.flaky ?? 0);
  results.failed += p.stats.unexpected;
  results.skipped += p.stats.skipped;
} catch {
  if (!okE2e) results.failed++;
}

// The benchmark's quick mode, so the bench itself never rots. It checks that every
// measure ran and counted exactly; speed targets are the full bench's business.
rmSync("bench/results-quick.json", { force: true });
let okBench = run("bench smoke", ["node", "bench/run.mjs", "--quick"]);
try {
  const b = JSON.parse(readFileSync("bench/results-quick.json", "utf8"));
  const exact = b.ingest.app.exact && b.ingest.bare.exact && b.fanout.received === b.fanout.expected && b.requestReply.app.n > 0;
  if (!exact) console.error("bench smoke: a measure did not count exactly", JSON.stringify({ ingest: b.ingest, fanout: b.fanout }));
  okBench = okBench && exact;
} catch (err) {
  console.error(`bench smoke: no results (${err})`);
  okBench = false;
}
results[okBench ? "passed" : "failed"]++;

const ok = okTypes && okLint && okUnit && okE2e && okBench;
console.log(`\ntests: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(ok && results.failed === 0 ? 0 : 1);
