// @ts-check
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { median, round } from "./stats.mjs";
import { OUT_DIR } from "./bench-env.mjs";

/** @param {string} file */
const gzipOf = (file) => gzipSync(readFileSync(join(OUT_DIR, "assets", file)), { level: 9 }).length;

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

/**
 * What a first visit to #counter downloads before it shows the connected panel:
 * every script the page asked for until then (the other panels' chunks and the
 * French catalogues are fetched only when used), gzip-compressed as a server would.
 * @param {import("./bench-env.mjs").BenchEnv} env
 */
export async function initialJs(env) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  /** @type {Set<string>} */
  const scripts = new Set();
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/assets/") && url.pathname.endsWith(".js")) scripts.add(url.pathname.slice("/assets/".length));
  });
  await page.goto(env.app("counter", "first-visit"));
  await page.getByRole("status", { name: "Connection status" }).filter({ hasText: /^Connected$/ }).waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Start publishing" }).waitFor();
  await context.close();
  const files = [...scripts].map((f) => ({ file: f, gzipKB: round(gzipOf(f) / 1024) }));
  return { files, gzipKB: round(files.reduce((a, f) => a + f.gzipKB, 0)) };
}

/** Navigation → connected for the bare page that only connects (same server, same browser). @param {import("./bench-env.mjs").BenchEnv} env @param {number} runs */
export async function bareTimeToConnected(env, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.bareUrl}/?connect=${encodeURIComponent(env.nats.wsUrl)}`);
    const ms = await page.waitForFunction(() => (/** @type {any} */ (window)).bare?.connectedAt ?? false, undefined, { polling: "raf", timeout: 20_000 });
    times.push(/** @type {number} */ (await ms.jsonValue()));
    await context.close();
  }
  return { runs, medianMs: round(median(times)), allMs: times.map((t) => round(t)) };
}
