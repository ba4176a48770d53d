// @ts-check
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { median, round } from "./stats.mjs";
import { OUT_DIR } from "./bench-env.mjs";

export function bundleSize() {
  const dir = join(OUT_DIR, "assets");
  const js = readdirSync(dir).filter((f) => f.endsWith(".js"));
  let raw = 0;
  let gzip = 0;
  for (const f of js) {
    const body = readFileSync(join(dir, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: js.length, rawKB: round(raw / 1024), gzipKB: round(gzip / 1024) };
}

// Navigation start → the status bar says "Connected", measured by the page's own
// clock (performance.now() counts from navigation start).
/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} runs */
export async function timeToConnected(env, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.app("counter", `startup${i}`));
    const ms = await page.waitForFunction(
      () => {
        const el = document.querySelector('[aria-label="Connection status"]');
        return el?.textContent === "Connected" ? performance.now() : false;
      },
      undefined,
      { polling: "raf", timeout: 20_000 },
    );
    times.push(/** @type {number} */ (await ms.jsonValue()));
    await context.close();
  }
  return { runs, medianMs: round(median(times)), allMs: times.map((t) => round(t)) };
}
