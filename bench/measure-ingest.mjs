// @ts-check
import { connect } from "nats";
import { round } from "./stats.mjs";
import { heapAfterGc, openBarePage } from "./bench-env.mjs";

const CITIES = ["fr.grand_est.67.strasbourg", "fr.grand_est.68.colmar", "fr.ile_de_france.75.paris", "fr.auvergne_rhone_alpes.69.lyon"];

// Records the longest main-thread task (the Long Tasks API reports those of 50 ms
// and more; 0 means none); installed before any page script runs.
export const LONGTASK_PROBE = () => {
  const w = /** @type {any} */ (window);
  w.__longestTaskMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longestTaskMs = Math.max(w.__longestTaskMs, e.duration);
  }).observe({ type: "longtask", buffered: true });
};

/**
 * Floods `prefix.fr.…` from a Node client over TCP, never more than `window`
 * messages ahead of what the page has counted (so we measure what the page
 * absorbs, not how big the server's buffer is), until the page has counted `total`.
 * @param {string} natsUrl @param {string} prefix
 * @param {() => Promise<number>} readCount @param {number} from @param {number} total
 */
export async function flood(natsUrl, prefix, readCount, from, total, window = 20_000) {
  const nc = await connect({ servers: natsUrl, name: "bench-flood" });
  const payload = new TextEncoder().encode("22:41:07.123");
  const t0 = performance.now();
  let sent = from;
  let counted = await readCount();
  while (counted < total) {
    const room = Math.min(total - sent, Math.max(0, window - (sent - counted)));
    for (let i = 0; i < room; i++, sent++) nc.publish(`${prefix}.${CITIES[sent % CITIES.length]}`, payload);
    if (room > 0) await nc.flush();
    else await new Promise((r) => setTimeout(r, 10));
    counted = await readCount();
  }
  const seconds = (performance.now() - t0) / 1000;
  await nc.close();
  return { messages: total - from, seconds, rate: (total - from) / seconds };
}

/**
 * @param {import("@playwright/test").Page} page
 * @param {string} natsUrl @param {string} prefix
 * @param {() => Promise<number>} readCount
 * @param {number} small @param {number} big
 */
export async function ingest(page, natsUrl, prefix, readCount, small, big) {
  // the longest task while messages pour in: not the garbage collections the heap figures force
  const resetLongest = () => page.evaluate(() => ((/** @type {any} */ (window)).__longestTaskMs = 0));
  const readLongest = () => page.evaluate(() => /** @type {number} */ ((/** @type {any} */ (window)).__longestTaskMs));
  await resetLongest();
  const first = await flood(natsUrl, prefix, readCount, 0, small);
  const longestFirst = await readLongest();
  const heapSmall = await heapAfterGc(page);
  await resetLongest();
  const second = await flood(natsUrl, prefix, readCount, small, big);
  const longest = Math.max(longestFirst, await readLongest());
  const heapBig = await heapAfterGc(page);
  const counted = await readCount();
  return {
    counted,
    exact: counted === big,
    rate: Math.round(big / (first.seconds + second.seconds)),
    longestTaskMs: round(longest),
    heapSmallMB: round(heapSmall / 2 ** 20),
    heapBigMB: round(heapBig / 2 ** 20),
    heapGrowth: round(heapBig / heapSmall, 2),
  };
}

/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} small @param {number} big */
export async function bareIngest(env, small, big) {
  const context = await env.browser.newContext();
  await context.addInitScript(LONGTASK_PROBE);
  const page = await openBarePage(context, env);
  await page.evaluate(() => (/** @type {any} */ (window)).bare.countOn("bare.fr.>"));
  const result = await ingest(page, env.nats.natsUrl, "bare", () => page.evaluate(() => (/** @type {any} */ (window)).bare.stats().count), small, big);
  await context.close();
  return result;
}
