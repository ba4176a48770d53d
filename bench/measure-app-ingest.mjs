// @ts-check
// The Subjects panel absorbing a flood on one subscription; its count must be exact.
import { ingest, LONGTASK_PROBE } from "./measure-ingest.mjs";
import { waitConnected } from "./bench-env.mjs";

/** @param {import("./bench-env.mjs").BenchEnv} env @param {number} small @param {number} big */
export async function appIngest(env, small, big) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(LONGTASK_PROBE);
  const page = await context.newPage();
  try {
    await page.goto(env.app("subjects", "bench-ingest"));
    await waitConnected(page);
    const pattern = "app.fr.>";
    await page.getByLabel("Pattern", { exact: true }).fill(pattern);
    await page.getByRole("button", { name: "Subscribe", exact: true }).click();
    const count = page.getByLabel(`Count for ${pattern}`);
    await count.waitFor();
    await page.getByRole("list", { name: "Subscriptions" }).getByText("subscribed").first().waitFor();
    // read straight from the DOM, as cheaply as the bare page's counter is read
    const readCount = () =>
      page.evaluate((label) => Number((document.querySelector(`[aria-label="${label}"]`)?.textContent ?? "0").replace(/\D/g, "")), `Count for ${pattern}`);
    return await ingest(page, env.nats.natsUrl, "app", readCount, small, big);
  } finally {
    await context.close();
  }
}
