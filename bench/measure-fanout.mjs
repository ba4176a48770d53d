// @ts-check
// One tab posts chat messages through the Chat panel's own form at a steady rate;
// K other tabs show them. Latency = the moment a receiver's DOM shows the message
// minus the moment the sender submitted it (both pages read the same machine
// clock: performance.timeOrigin + performance.now()).
import { ensureChatStream } from "../scripts/chat-stream.mjs";
import { percentile, round } from "./stats.mjs";
import { waitConnected } from "./bench-env.mjs";

const ROOM = "chat.bench";

/** @param {import("@playwright/test").Page} page @param {string} room */
async function join(page, room) {
  await page.getByLabel("Room or pattern").fill(room);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.getByRole("list", { name: "Rooms" }).getByText(room, { exact: true }).first().waitFor();
}

/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} tabs @param {number} messages */
export async function chatFanOut(env, tabs, messages, ratePerSecond = 100) {
  await ensureChatStream(env.nats.natsUrl).catch(() => undefined);
  const contexts = await Promise.all(Array.from({ length: tabs + 1 }, () => env.browser.newContext()));
  try {
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(env.app("chat", i === 0 ? "sender" : `reader${i}`))));
    await Promise.all(pages.map(waitConnected));
    for (const p of pages) await join(p, ROOM);
    const [sender, ...readers] = pages;
    await Promise.all(
      readers.map((p) =>
        p.evaluate(() => {
          const w = /** @type {any} */ (window);
          w.__lat = new Map();
          new MutationObserver((records) => {
            const now = performance.timeOrigin + performance.now();
            for (const r of records) {
              for (const n of r.addedNodes) {
                for (const m of (n.textContent ?? "").matchAll(/bench-(\d+)@([\d.]+)/g)) {
                  if (!w.__lat.has(m[1])) w.__lat.set(m[1], now - Number(m[2]));
                }
              }
            }
          }).observe(document.body, { childList: true, subtree: true });
        }),
      ),
    );
    await sender.getByLabel("Post to").fill(ROOM);
    await sender.evaluate(
      async ({ n, gapMs }) => {
        const box = /** @type {HTMLTextAreaElement} */ (document.querySelector("textarea"));
        const form = /** @type {HTMLFormElement} */ (box.form);
        const setValue = /** @type {(v: string) => void} */ (Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set);
        const start = performance.now();
        for (let i = 0; i < n; i++) {
          setValue.call(box, `bench-${i}@${(performance.timeOrigin + performance.now()).toFixed(2)}`);
          box.dispatchEvent(new Event("input", { bubbles: true }));
          form.requestSubmit();
          const next = start + (i + 1) * gapMs;
          await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
        }
      },
      { n: messages, gapMs: 1000 / ratePerSecond },
    );
    const deadline = Date.now() + 30_000;
    /** @type {number[][]} */
    let all = [];
    while (Date.now() < deadline) {
      all = await Promise.all(readers.map((p) => p.evaluate(() => [.../** @type {any} */ (window).__lat.values()])));
      if (all.every((l) => l.length >= messages)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const latencies = all.flat();
    return {
      tabs,
      ratePerSecond,
      messages,
      expected: messages * tabs,
      received: latencies.length,
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      max: round(Math.max(...latencies)),
    };
  } finally {
    await Promise.allSettled(contexts.map((c) => c.close()));
  }
}
