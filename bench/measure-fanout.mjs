// @ts-check
// One tab posts chat messages through the Chat panel's own form at a steady rate;
// K other tabs show them. Latency = the moment a receiver's DOM shows the message
// minus the moment the sender submitted it (both pages read the same machine
// clock: performance.timeOrigin + performance.now()).
import { ensureChatStream } from "../scripts/chat-stream.mjs";
import { percentile, round } from "./stats.mjs";
import { openBarePage, waitConnected } from "./bench-env.mjs";

/** One second of traffic first, not counted: the figures are of a steady state, not of pages still compiling. */
/** @param {number} ratePerSecond */
const warmUp = (ratePerSecond) => ratePerSecond;

/** A room of its own per run: the history of an earlier run must not count. */
const freshRoom = () => `chat.bench.r${Date.now().toString(36)}`;

/** @param {import("@playwright/test").Page} page @param {string} room */
async function join(page, room) {
  await page.getByLabel("Room or pattern").fill(room);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.getByRole("list", { name: "Rooms" }).getByText(room, { exact: true }).first().waitFor();
}

/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} tabs @param {number} messages */
export async function chatFanOut(env, tabs, messages, ratePerSecond = 100) {
  const room = freshRoom();
  await ensureChatStream(env.nats.natsUrl).catch(() => undefined);
  const contexts = await Promise.all(Array.from({ length: tabs + 1 }, () => env.browser.newContext()));
  try {
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(env.app("chat", i === 0 ? "sender" : `reader${i}`))));
    await Promise.all(pages.map(waitConnected));
    for (const p of pages) await join(p, room);
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
    await sender.getByLabel("Post to").fill(room);
    await sender.evaluate(
      async ({ n, warm, gapMs }) => {
        const box = /** @type {HTMLTextAreaElement} */ (document.querySelector("textarea"));
        const form = /** @type {HTMLFormElement} */ (box.form);
        const setValue = /** @type {(v: string) => void} */ (Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set);
        const start = performance.now();
        for (let i = -warm; i < n; i++) {
          const label = i < 0 ? `warm-up${-i}` : `bench-${i}`;
          setValue.call(box, `${label}@${(performance.timeOrigin + performance.now()).toFixed(2)}`);
          box.dispatchEvent(new Event("input", { bubbles: true }));
          form.requestSubmit();
          const next = start + (i + warm + 1) * gapMs;
          await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
        }
      },
      { n: messages, warm: warmUp(ratePerSecond), gapMs: 1000 / ratePerSecond },
    );
    return summarise(await collect(readers, messages), { tabs, ratePerSecond, messages });
  } finally {
    await Promise.allSettled(contexts.map((c) => c.close()));
  }
}

/** @param {import("@playwright/test").Page[]} readers @param {number} messages */
async function collect(readers, messages) {
  const deadline = Date.now() + 30_000;
  /** @type {number[][]} */
  let all = [];
  while (Date.now() < deadline) {
    all = await Promise.all(readers.map((p) => p.evaluate(() => /** @type {any} */ (window).bare?.latencies?.() ?? [.../** @type {any} */ (window).__lat.values()])));
    if (all.every((l) => l.length >= messages)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return all.flat();
}

/** @param {number[]} latencies @param {{ tabs: number; ratePerSecond: number; messages: number }} run */
function summarise(latencies, run) {
  return {
    ...run,
    expected: run.messages * run.tabs,
    received: latencies.length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    max: round(Math.max(...latencies)),
  };
}

// The same fan-out with nothing but nats.ws: one page publishes "n@<sent ms>" at
// the same rate, K pages append each message to a list at the next frame. What
// this machine's browser gives any page; the app's figure is read against it.
/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} tabs @param {number} messages */
export async function bareFanOut(env, tabs, messages, ratePerSecond = 100) {
  const subject = `${freshRoom()}.bare`;
  const contexts = await Promise.all(Array.from({ length: tabs + 1 }, () => env.browser.newContext()));
  try {
    const [sender, ...readers] = await Promise.all(contexts.map((c) => openBarePage(c, env)));
    await Promise.all(readers.map((p) => p.evaluate((s) => /** @type {any} */ (window).bare.listen(s), subject)));
    await sender.evaluate(({ s, n, warm, gapMs }) => /** @type {any} */ (window).bare.publishPaced(s, n, warm, gapMs), {
      s: subject,
      n: messages,
      warm: warmUp(ratePerSecond),
      gapMs: 1000 / ratePerSecond,
    });
    return summarise(await collect(readers, messages), { tabs, ratePerSecond, messages });
  } finally {
    await Promise.allSettled(contexts.map((c) => c.close()));
  }
}
