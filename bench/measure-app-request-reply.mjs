// @ts-check
// Round trips through the app's requester service (Hotline panel, "Repeat" N
// sequential calls) to a browser agent in another tab, read from the panel's own
// run summary (it times each call with performance.now()).
import { waitConnected } from "./bench-env.mjs";

/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} n */
export async function appRequestReply(env, n) {
  const subject = "bench.app.hotline";
  const agentCtx = await env.browser.newContext();
  const askCtx = await env.browser.newContext();
  try {
    const agent = await agentCtx.newPage();
    const asker = await askCtx.newPage();
    await Promise.all([agent.goto(env.app("hotline", "bench-agent")), asker.goto(env.app("hotline", "bench-asker"))]);
    await Promise.all([waitConnected(agent), waitConnected(asker)]);
    await agent.getByLabel("Subject", { exact: true }).fill(subject);
    await agent.getByLabel("Answer the hotline").check();
    await agent.getByLabel("Agent status").filter({ hasText: `Answering on ${subject}` }).waitFor();
    await asker.getByLabel("Subject", { exact: true }).fill(subject);
    await asker.getByLabel("Code", { exact: true }).selectOption("ping");
    const summary = asker.getByLabel("Run summary");
    const run = async (/** @type {number} */ k) => {
      await asker.getByLabel("Repeat").fill(String(k));
      await asker.getByRole("button", { name: "Send request" }).click();
      await summary.filter({ hasText: `${k}/${k} done` }).waitFor({ timeout: 120_000 });
      return /** @type {string} */ (await summary.textContent());
    };
    await run(20); // warm-up, as for the baselines
    const text = await run(n);
    const m = text.match(/p50 ([\d.]+) ms, p99 ([\d.]+) ms/);
    if (!m) throw new Error(`unexpected run summary: ${text}`);
    return { n, p50: Number(m[1]), p99: Number(m[2]), summary: text };
  } finally {
    await Promise.allSettled([agentCtx.close(), askCtx.close()]);
  }
}
