import type { Page, TestInfo } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { LAB_PATTERNS, SubjectsPage } from "./support/subjects-page";

const [, GRAND_EST] = LAB_PATTERNS;

// A trace snapshots the whole DOM at every action: under a flood that measures
// Playwright, not the page. These tests time clicks, so they run untraced.
test.use({ trace: "off" });

type Watch = { longest: number };

// Long tasks (main thread blocked > 50 ms) as Chromium reports them.
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __watch: Watch };
    w.__watch = { longest: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__watch.longest = Math.max(w.__watch.longest, e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
}

const readWatch = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __watch: Watch };
    return { longest: w.__watch.longest };
  });

function report(testInfo: TestInfo, figures: Record<string, string | number>) {
  const text = Object.entries(figures).map(([k, v]) => `${k}=${v}`).join(" ");
  testInfo.annotations.push({ type: "figures", description: text });
  console.log(`[${testInfo.title}] ${text}`);
}

/**
 * Clicks Pause and waits for Resume to show. `answerMs` is what a person waits:
 * from the moment the browser received the click to the moment the page shows
 * its answer, timed in the page. `roundTripMs` adds Playwright's own steps
 * (finding the button, checking it, the click's trip), which slow down with
 * anything else running on the machine: it only proves the page is not frozen.
 */
async function timePauseClick(page: Page, pattern: string): Promise<{ answerMs: number; roundTripMs: number }> {
  await page.evaluate((resume) => {
    const w = window as unknown as { __click: { at?: number; shown?: number } };
    w.__click = {};
    document.addEventListener("click", (e) => (w.__click.at = e.timeStamp), { capture: true, once: true });
    const seen = () => [...document.querySelectorAll("button")].some((b) => b.getAttribute("aria-label") === resume || b.textContent === resume);
    new MutationObserver((_, observer) => {
      if (w.__click.at !== undefined && seen()) {
        w.__click.shown = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  }, `Resume ${pattern}`);
  const started = Date.now();
  await page.getByRole("button", { name: `Pause ${pattern}`, exact: true }).click();
  await expect(page.getByRole("button", { name: `Resume ${pattern}`, exact: true })).toBeVisible();
  const roundTripMs = Date.now() - started;
  const click = await page.evaluate(() => (window as unknown as { __click: { at?: number; shown?: number } }).__click);
  expect(click.at, "the page received the click").toBeDefined();
  expect(click.shown, "the page showed Resume after the click").toBeDefined();
  return { answerMs: Math.round(click.shown! - click.at!), roundTripMs };
}

test("subjects load - a foreign flood of 100 000 messages: counts exact, a click still answers (timed in the bench)", async ({ openTab, foreign, uid }, testInfo) => {
  const N = 100_000;
  const tab = await openTab({ hash: "subjects" });
  const page = new SubjectsPage(tab.page);
  const mine = `fr.${uid}.>`;
  await page.subscribe(mine);
  await page.expectSubscribed(GRAND_EST);
  await watchLongTasks(tab.page);

  const started = Date.now();
  const encoder = new TextEncoder();
  for (let i = 0; i < N; i++) foreign.publish(`fr.${uid}.flood.c${i}`, encoder.encode(String(i)));
  const flushed = foreign.flush();

  await expect.poll(() => page.countOf(mine), { intervals: [10] }).toBeGreaterThan(0);
  const countAtClick = await page.countOf(mine);
  const { answerMs, roundTripMs } = await timePauseClick(tab.page, GRAND_EST);
  const countAfterClick = await page.countOf(mine);

  await flushed;
  await expect.poll(() => page.countOf(mine), { timeout: 60_000, intervals: [25] }).toBe(N);
  const elapsed = Date.now() - started;
  const { longest } = await readWatch(tab.page);

  await expect(tab.page.getByLabel("Totals")).toContainText(`${N} messages received, ${N} deliveries`);
  await expect(page.count(GRAND_EST)).toHaveText("0");
  // bounded views: the log renders at most 200 rows, the tree keeps its node budget and counts the rest
  expect(await page.rows().count()).toBeLessThanOrEqual(200);
  await expect(page.treeItem(`fr.${uid}.flood`).locator(".tree-count").first()).toHaveText(String(N));
  await expect(page.treeItem(`fr.${uid}.flood`)).toHaveAttribute("aria-expanded", "false");
  await expect(page.mismatchAlerts()).toHaveCount(0);

  report(testInfo, {
    messages: N,
    seconds: (elapsed / 1000).toFixed(2),
    perSecond: Math.round(N / (elapsed / 1000)),
    answerMs,
    roundTripMs,
    countAtClick,
    countAfterClick,
    longestTaskMs: Math.round(longest),
  });
});

test("subjects load - auto publish at 1 ms: the tab keeps answering and receives exactly what it sent", async ({ openTab, privateNats }, testInfo) => {
  const server = await privateNats();
  const tab = await openTab({ hash: "subjects", servers: server.wsUrl });
  const page = new SubjectsPage(tab.page);
  await page.subscribe("fr.>");
  await page.expectSubscribed(GRAND_EST);
  await watchLongTasks(tab.page);

  await tab.page.getByLabel("Every (ms)").fill("1");
  await tab.page.getByLabel("Auto publish").check();
  await expect.poll(() => page.countOf("fr.>"), { intervals: [50] }).toBeGreaterThan(200);
  const { answerMs, roundTripMs } = await timePauseClick(tab.page, GRAND_EST);
  // a 1 ms interval runs every 4 ms in Chromium after a few ticks: ≤ 250/s, so 2000 take 8 s at best
  await expect.poll(() => page.countOf("fr.>"), { intervals: [50], timeout: 30_000 }).toBeGreaterThan(2000);
  await tab.page.getByLabel("Auto publish").uncheck();

  const status = tab.page.getByLabel("Publisher status");
  await expect(status).not.toContainText("auto publishing");
  const published = Number((await status.textContent())!.match(/^(\d+) published/)![1]);
  // every city subject matches fr.>: each one sent comes back once, attributed
  await expect.poll(() => page.countOf("fr.>")).toBe(published);
  await expect(tab.page.getByLabel("Totals")).toContainText(`${published} messages received`);
  await expect(page.mismatchAlerts()).toHaveCount(0);
  const { longest } = await readWatch(tab.page);
  report(testInfo, { published, answerMs, roundTripMs, longestTaskMs: Math.round(longest) });
});
