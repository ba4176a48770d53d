// @ts-check
import { openBarePage } from "./bench-env.mjs";
import { connect } from "nats";
import { percentile, round } from "./stats.mjs";

/** @param {number[]} rtts */
export const summary = (rtts) => ({ n: rtts.length, p50: round(percentile(rtts, 50), 2), p99: round(percentile(rtts, 99), 2) });

// Bare nats.ws in a page: requester and responder in one page, as the issue asks.
/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} n */
export async function bareRequestReply(env, n) {
  const context = await env.browser.newContext();
  const page = await openBarePage(context, env);
  await page.evaluate(() => (/** @type {any} */ (window)).bare.respond("bench.bare.hotline"));
  await page.evaluate((k) => (/** @type {any} */ (window)).bare.requests("bench.bare.hotline", k), 20); // warm-up
  const rtts = await page.evaluate((k) => (/** @type {any} */ (window)).bare.requests("bench.bare.hotline", k), n);
  await context.close();
  return summary(rtts);
}

// Node `nats` over TCP: the fastest a client can be on this machine.
/** @param {string} natsUrl @param {number} n */
export async function nodeRequestReply(natsUrl, n) {
  const responder = await connect({ servers: natsUrl });
  responder.subscribe("bench.node.hotline", { callback: (_e, m) => m.respond(m.data) });
  await responder.flush();
  const nc = await connect({ servers: natsUrl });
  const payload = new TextEncoder().encode(JSON.stringify({ code: "ping" }));
  const rtts = [];
  for (let i = 0; i < n + 20; i++) {
    const t = performance.now();
    await nc.request("bench.node.hotline", payload, { timeout: 5000 });
    if (i >= 20) rtts.push(performance.now() - t);
  }
  await nc.close();
  await responder.close();
  return summary(rtts);
}
