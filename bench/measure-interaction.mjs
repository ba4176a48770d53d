// @ts-check
// What a person feels while messages pour in: the longest gap between two
// frames, and how long a click takes to show its effect (INP: input delay +
// processing + next paint, from the Event Timing API), for the app and for a
// bare nats.ws page doing the same receiving, in the same run.
import { connect } from "nats";
import { round } from "./stats.mjs";
import { openBarePage, waitConnected } from "./bench-env.mjs";

/** Installed before any page script: frame gaps while `__probe.on`, and every interaction's duration. */
export const INTERACTION_PROBE = () => {
  const w = /** @type {any} */ (window);
  const probe = (w.__probe = { on: false, longestFrame: 0, frames: 0, interactions: /** @type {Record<number, number>} */ ({}) });
  let last = 0;
  const frame = (/** @type {number} */ now) => {
    if (probe.on) {
      if (last) probe.longestFrame = Math.max(probe.longestFrame, now - last);
      probe.frames++;
    }
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of /** @type {PerformanceEventTiming[]} */ (list.getEntries())) {
      if (!e.interactionId) continue;
      probe.interactions[e.interactionId] = Math.max(probe.interactions[e.interactionId] ?? 0, e.duration);
    }
    // 16 ms is the smallest threshold the API allows: a faster interaction is not reported at all
  }).observe(/** @type {any} */ ({ type: "event", durationThreshold: 16, buffered: true }));
};

/** @param {import("@playwright/test").Page} page */
const probe = (page) => page.evaluate(() => (/** @type {any} */ (window)).__probe);

/**
 * Starts the flood, clicks once messages are arriving, waits for the last message to show.
 * @param {import("@playwright/test").Page} page
 * @param {{ flood: () => Promise<void>; arriving: () => Promise<boolean>; click: () => Promise<void>; caughtUp: () => Promise<boolean> }} steps
 */
export async function underFlood(page, steps) {
  await page.evaluate(() => {
    const p = (/** @type {any} */ (window)).__probe;
    p.on = true;
    p.longestFrame = 0;
    p.frames = 0;
    p.interactions = {};
  });
  const t0 = performance.now();
  const sending = steps.flood();
  while (!(await steps.arriving())) await new Promise((r) => setTimeout(r, 5));
  await steps.click();
  await sending;
  while (!(await steps.caughtUp())) await new Promise((r) => setTimeout(r, 20));
  const caughtUpMs = performance.now() - t0;
  // the click's entry is reported after its paint: give the observer a frame or two
  await page.waitForTimeout(100);
  const p = await probe(page);
  await page.evaluate(() => ((/** @type {any} */ (window)).__probe.on = false));
  const inps = Object.values(/** @type {Record<string, number>} */ (p.interactions));
  return { longestFrameMs: round(p.longestFrame), inpMs: inps.length ? round(Math.max(...inps)) : 0, caughtUpMs: round(caughtUpMs) };
}

/** Publishes `n` chat messages from a foreign client: envelopes and plain text, as people and scripts send. */
async function floodChat(/** @type {string} */ natsUrl, /** @type {string} */ subject, /** @type {number} */ n) {
  const nc = await connect({ servers: natsUrl, name: "bench-chat-flood" });
  for (let i = 0; i < n; i++) {
    const text = `flood ${i}`;
    nc.publish(subject, i % 2 ? text : JSON.stringify({ id: `f${i}-${Date.now()}`, from: "flooder", text, sentAt: Date.now() }));
    if (i % 1000 === 999) await nc.flush();
  }
  await nc.flush();
  await nc.close();
}

/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} n */
export async function chatFloodApp(env, n) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(INTERACTION_PROBE);
  const page = await context.newPage();
  try {
    const room = `chat.bench${Date.now().toString(36)}`;
    await page.goto(env.app("chat", "bench-reader"));
    await waitConnected(page);
    await page.getByLabel("Room or pattern").fill(room);
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await page.getByRole("list", { name: "Rooms" }).getByRole("button", { name: room, exact: true }).click();
    await page.getByRole("status", { name: "Chat history" }).filter({ hasNotText: "Loading" }).waitFor();
    const last = `flood ${n - 1}`;
    const lastText = () =>
      page.evaluate(() => document.querySelector('[aria-label="Conversation"] > .chat-block:last-child > .chat-msg:last-child .chat-text')?.textContent ?? "");
    let clicks = 0;
    return await underFlood(page, {
      flood: () => floodChat(env.nats.natsUrl, room, n),
      arriving: async () => (await lastText()).startsWith("flood"),
      // a person clicks a room in the list during the flood: the view changes at once
      click: async () => {
        clicks++;
        await page.getByRole("list", { name: "Rooms" }).getByRole("button", { name: "All", exact: true }).click();
      },
      caughtUp: async () => clicks > 0 && (await lastText()) === last,
    });
  } finally {
    await context.close();
  }
}

/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} n */
export async function chatFloodBare(env, n) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(INTERACTION_PROBE);
  const page = await openBarePage(context, env);
  try {
    const room = `chat.barebench${Date.now().toString(36)}`;
    await page.evaluate((s) => (/** @type {any} */ (window)).bare.showBounded(s, 500), room);
    // odd-numbered messages are plain text, even ones envelopes
    const last = (n - 1) % 2 === 1 ? `flood ${n - 1}` : undefined;
    const lastShown = () => page.evaluate(() => /** @type {string} */ ((/** @type {any} */ (window)).bare.lastShown ?? ""));
    let clicks = 0;
    return await underFlood(page, {
      flood: () => floodChat(env.nats.natsUrl, room, n),
      arriving: async () => (await lastShown()) !== "",
      click: async () => {
        clicks++;
        await page.getByRole("button", { name: "Poke" }).click();
      },
      caughtUp: async () => clicks > 0 && (last ? (await lastShown()) === last : (await lastShown()).includes(`"flood ${n - 1}"`)),
    });
  } finally {
    await context.close();
  }
}
