// @ts-check
// Looks at the app as a person would: builds it (into a dir of its own), starts a nats-server of its own
// and a preview server, opens the given panel in headless Chromium, saves a PNG.
//   node scripts/screenshot.mjs [hash] [out.png] [--wait=ms] [--name=alice] [--lang=fr] [--dark]
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startNatsServer } from "./nats-server-process.mjs";
import { findChromium } from "./system-deps.mjs";
import { freePort } from "./free-port.mjs";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flag = (/** @type {string} */ k, /** @type {string} */ d) =>
  process.argv.find((a) => a.startsWith(`--${k}=`))?.split("=")[1] ?? d;
const hash = args[0] ?? "counter";
const out = args[1] ?? `/tmp/playground-${hash}.png`;

const port = await freePort();
// its own build dir, so several people (or helpers) can take screenshots at once
const outDir = `.e2e-dist/shot-${process.pid}`;
const build = spawnSync("node_modules/.bin/vite", ["build", "--logLevel", "error", "--outDir", outDir], { stdio: "inherit" });
if (build.status !== 0) process.exit(1);
const preview = spawn("node_modules/.bin/vite", ["preview", "--outDir", outDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"], { stdio: "ignore" });
const server = await startNatsServer({ allowedOrigins: [`http://127.0.0.1:${port}`] });
const browser = await chromium.launch({ executablePath: findChromium(), args: ["--no-sandbox", "--disable-background-networking", "--disable-quic"] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme: process.argv.includes("--dark") ? "dark" : "light" });
  const lang = flag("lang", "");
  for (let i = 0; i < 50; i++) {
    try { await page.goto(`http://127.0.0.1:${port}/?servers=${server.wsUrl}&name=${flag("name", "alice")}${lang ? `&lang=${lang}` : ""}#${hash}`); break; }
    catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  await page.waitForTimeout(Number(flag("wait", "1500")));
  await page.screenshot({ path: out, fullPage: true });
  console.log(out);
} finally {
  await browser.close();
  preview.kill();
  await server.dispose();
  rmSync(outDir, { recursive: true, force: true });
}
