// @ts-check
// Everything one bench run needs, on free ports: a nats-server, the built app
// behind `vite preview`, the bare baseline page, a headless Chromium.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startNatsServer } from "../scripts/nats-server-process.mjs";
import { findChromium, ensureSystemDeps } from "../scripts/system-deps.mjs";
import { freePort } from "../scripts/free-port.mjs";
import { serveBare, serveDir } from "./static-server.mjs";

export const OUT_DIR = ".e2e-dist/bench";

export function buildApp() {
  const r = spawnSync("node_modules/.bin/vite", ["build", "--logLevel", "error", ...(process.env.NOMINIFY ? ["--minify", "false"] : []), "--outDir", OUT_DIR], { stdio: "inherit" });
  if (r.status !== 0) throw new Error("vite build failed");
}

/** @param {string} url */
async function waitForHttp(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not come up`);
}

export async function startBenchEnv() {
  ensureSystemDeps({ chromium: true });
  const appPort = await freePort();
  const barePort = await freePort();
  // no allowed_origins: the app and the bare page are served from two origins
  const nats = await startNatsServer({ maxPayload: 1048576, auth: false });
  const preview = await serveDir(appPort, OUT_DIR);
  const bare = await serveBare(barePort);
  const appUrl = `http://127.0.0.1:${appPort}`;
  const bareUrl = `http://127.0.0.1:${barePort}`;
  await waitForHttp(appUrl);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic",
      "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
      "--enable-precise-memory-info"],
  });
  return {
    nats,
    browser,
    appUrl,
    bareUrl,
    /** @param {string} hash @param {string} name */
    app: (hash, name) => `${appUrl}/?servers=${encodeURIComponent(nats.wsUrl)}&name=${name}#${hash}`,
    async close() {
      await Promise.allSettled([browser.close(), new Promise((r) => bare.close(r)), new Promise((r) => preview.close(r)), nats.dispose()]);
      rmSync(OUT_DIR, { recursive: true, force: true });
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startBenchEnv>>} BenchEnv */

/** @param {import("@playwright/test").Page} page */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize;
}

/** @param {import("@playwright/test").Page} page */
export async function waitConnected(page) {
  await page.getByRole("status", { name: "Connection status" }).filter({ hasText: /^Connected$/ }).waitFor({ timeout: 20_000 });
}

/** The bare nats.ws page, connected. @param {import("@playwright/test").BrowserContext} context @param {BenchEnv} env */
export async function openBarePage(context, env) {
  const page = await context.newPage();
  await page.goto(env.bareUrl);
  await page.waitForFunction(() => document.getElementById("state")?.textContent === "ready");
  await page.evaluate((url) => (/** @type {any} */ (window)).bare.connect(url), env.nats.wsUrl);
  return page;
}
