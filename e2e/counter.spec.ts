import { test, expect } from "./support/fixtures";
import { CounterPage } from "./support/counter-page";

test("counter - tab A publishes every 200 ms, tabs B and C see the values rise by 2", async ({ openTab, uid }) => {
  const subject = `compteur.${uid}`;
  const [a, b, c] = await Promise.all([openTab({ name: "alice" }), openTab({ name: "bob" }), openTab({ name: "carol" })]);
  const [ca, cb, cc] = [a, b, c].map((t) => new CounterPage(t.page));
  await cb!.listenOn(subject);
  await cc!.listenOn(subject);
  await ca!.startPublishing({ subject, intervalMs: 200 });

  for (const viewer of [cb!, cc!]) {
    await expect.poll(() => viewer.latestNumber(), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    await expect(viewer.latestDetails()).toContainText("from alice");
    // successive history entries, newest first, each 2 less than the one before
    await expect.poll(() => viewer.history().count()).toBeGreaterThanOrEqual(4);
    const values = (await viewer.history().locator("strong").allTextContents()).map(Number);
    expect(values.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < values.length; i++) expect(values[i - 1]! - values[i]!).toBe(2);
  }
  await ca!.stopPublishing();
  await expect(a.page.getByText(/Stopped after \d+ messages/)).toBeVisible();
});

test("counter - a foreign client's value shows in every tab, and it receives what a tab publishes", async ({ openTab, foreign, uid }) => {
  const subject = `compteur.${uid}`;
  const tabs = await Promise.all([openTab({ name: "alice" }), openTab({ name: "bob" })]);
  const pages = tabs.map((t) => new CounterPage(t.page));
  for (const p of pages) await p.listenOn(subject);

  foreign.publish(subject, "100");
  await foreign.flush();
  for (const p of pages) {
    await expect(p.latest()).toHaveText("100");
    await expect(p.latestDetails()).toContainText("from unknown");
  }

  const received: string[] = [];
  const sub = foreign.subscribe(subject, { callback: (_e, m) => received.push(new TextDecoder().decode(m.data)) });
  await foreign.flush();
  await pages[0]!.startPublishing({ subject, intervalMs: 200, start: 10, step: 5 });
  await expect.poll(() => received.slice(0, 3), { timeout: 10_000 }).toEqual(["10", "15", "20"]);
  sub.unsubscribe();
});

test("counter - a non-numeric payload is shown with a note and the panel keeps working", async ({ openTab, foreign, uid }) => {
  const subject = `compteur.${uid}`;
  const tab = await openTab();
  const page = new CounterPage(tab.page);
  await page.listenOn(subject);
  foreign.publish(subject, "hello");
  await expect(page.latest()).toHaveText("hello");
  await expect(page.latestDetails()).toContainText("not a number");
  foreign.publish(subject, "42");
  await expect(page.latest()).toHaveText("42");
});

test("counter - gaps from the same publisher are counted", async ({ openTab, foreign, uid }) => {
  const subject = `compteur.${uid}`;
  const tab = await openTab();
  const page = new CounterPage(tab.page);
  await page.listenOn(subject);
  for (const v of ["2", "4", "10"]) foreign.publish(subject, v);
  await expect(page.latest()).toHaveText("10");
  await expect(page.latestDetails()).toContainText("missed 2 values (4 → 10)");
  await expect(tab.page.getByRole("table", { name: "Values per publisher" }).getByRole("row", { name: /unknown/ })).toContainText("2");
});

test("counter - two publishers at once are shown side by side, not mixed", async ({ openTab, uid }) => {
  const subject = `compteur.${uid}`;
  const [a, b, viewer] = await Promise.all([openTab({ name: "alice" }), openTab({ name: "bob" }), openTab({ name: "vic" })]);
  const watch = new CounterPage(viewer.page);
  await watch.listenOn(subject);
  await new CounterPage(a.page).startPublishing({ subject, intervalMs: 200, start: 0 });
  await new CounterPage(b.page).startPublishing({ subject, intervalMs: 200, start: 1000 });
  const rows = viewer.page.getByRole("table", { name: "Values per publisher" }).getByRole("row");
  await expect(rows.filter({ hasText: "alice" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "bob" })).toHaveCount(1);
  await expect.poll(async () => Number(await rows.filter({ hasText: "bob" }).getByRole("cell").nth(2).textContent())).toBeGreaterThan(3);
  // neither publisher is reported as having gaps: their sequences are tracked apart
  await expect(rows.filter({ hasText: "alice" }).getByRole("cell").nth(3)).toHaveText("0");
  await expect(rows.filter({ hasText: "bob" }).getByRole("cell").nth(3)).toHaveText("0");
});

test("counter - invalid settings are refused inline, nothing is published", async ({ openTab }) => {
  const tab = await openTab();
  const p = tab.page;
  await p.getByLabel("Interval (ms)").fill("250");
  await expect(p.getByLabel("Interval (ms)")).toHaveAccessibleDescription(/every 0.25 s/);
  await p.getByLabel("Interval (ms)").fill("50");
  await expect(p.getByText("the smallest interval is 100 ms")).toBeVisible();
  await p.getByLabel("Subject").fill("compteur..x");
  await expect(p.getByText("empty token")).toBeVisible();
  await p.getByRole("button", { name: "Start publishing" }).click();
  await expect(p.getByRole("button", { name: "Start publishing" })).toBeVisible();
  await expect(p.getByText("Not publishing")).toBeVisible();
  await expect(p.getByLabel("Subject")).toHaveValue("compteur..x");
});
