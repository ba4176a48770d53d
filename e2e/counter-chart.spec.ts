import { readFile } from "node:fs/promises";
import { headers } from "nats";
import { test, expect } from "./support/fixtures";
import { CounterPage } from "./support/counter-page";
import { parseCsv } from "./support/csv";

// The Counter's picture (Values over time) and its record (Export JSON / CSV).

test("counter chart - a point per received value, a line per publisher, a gap marked after a missed value", async ({ openTab, foreign, uid }) => {
  const subject = `compteur.${uid}`;
  const [a, b] = await Promise.all([openTab({ name: "alice" }), openTab({ name: "bob" })]);
  const [ca, cb] = [new CounterPage(a.page), new CounterPage(b.page)];
  await cb.listenOn(subject);
  // nothing to draw yet: no chart code loaded, the card says when it comes
  await expect(b.page.getByRole("region", { name: "Values over time" })).toContainText("Drawn from the first value received");
  await expect(cb.chart()).toHaveCount(0);

  // 6 and 8 never come: 10 is a gap of 2 after 4 (the tab expects steps of 2)
  for (const v of ["2", "4", "10", "12"]) foreign.publish(subject, v);
  await expect(cb.latest()).toHaveText("12");
  const unknown = await cb.chartLine("unknown");
  await expect(unknown).toHaveAttribute("data-points", "4");
  expect(await cb.chartValues(unknown)).toEqual([2, 4, 10, 12]);
  const gap = unknown.locator('[data-flag="gap"]');
  await expect(gap).toHaveCount(1);
  await expect(gap).toHaveAttribute("data-v", "10");
  await expect(gap.locator("title")).toContainText("missed 2 values (4 → 10)");
  await expect(cb.chart().getByRole("list", { name: "Legend" })).toContainText("missed values before this one");

  // a publishing tab has a line of its own, a point per value it sent
  await ca.startPublishing({ subject, intervalMs: 200, start: 100, step: 2 });
  const alice = await cb.chartLine("alice");
  await expect.poll(async () => Number(await alice.getAttribute("data-points")), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await ca.stopPublishing();
  await expect(a.page.getByText(/Stopped after \d+ messages/)).toBeVisible();
  const sent = Number(/Stopped after (\d+)/.exec((await a.page.getByText(/Stopped after \d+ messages/).textContent()) ?? "")![1]);
  await expect(alice).toHaveAttribute("data-points", String(sent));
  expect((await cb.chartValues(alice)).slice(0, 3)).toEqual([100, 102, 104]);
  await expect(alice.locator("[data-flag]")).toHaveCount(0);
  // the text alternative says it too
  await expect(cb.chart().locator("caption")).toHaveText(`2 lines over the last 1 min: ${4 + sent} values, 1 marked.`);
});


type Item = { n: number; publisher: string; value: number | null; payload: string; note: string | null; headers: [string, string][]; receivedAt: string };

test("counter export - the values as JSON and CSV, per publisher with their headers; a text with commas, quotes and a newline", async ({ openTab, foreign, uid }) => {
  const subject = `compteur.${uid}`;
  const tab = await openTab({ name: "alice" });
  const counter = new CounterPage(tab.page);
  await counter.listenOn(subject);
  const h = headers();
  h.set("Playground-Publisher", "lab.py");
  h.set("Playground-Step", "2");
  const text = 'a, "b"\nc';
  foreign.publish(subject, "1", { headers: h });
  foreign.publish(subject, text);
  foreign.publish(subject, "3", { headers: h });
  await expect(counter.history()).toHaveCount(3);

  const [json] = await Promise.all([tab.page.waitForEvent("download"), counter.exportButton("JSON").click()]);
  expect(json.suggestedFilename()).toMatch(new RegExp(`^counter-values-compteur\\.${uid}-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.json$`));
  const file = JSON.parse(await readFile(await json.path(), "utf8")) as { what: string; count: number; subject: string; items: Item[] };
  expect(file).toMatchObject({ count: 3, subject });
  expect(file.items.map((i) => [i.publisher, i.value, i.payload, i.note])).toEqual([
    ["lab.py", 1, "1", null],
    ["lab.py", 3, "3", null],
    ["unknown", null, text, "not a number: the payload is shown as text"],
  ]);
  expect(file.items[0]!.headers).toEqual([["Playground-Publisher", "lab.py"], ["Playground-Step", "2"]]);
  expect(file.items[2]!.headers).toEqual([]);
  // what the panel shows: the history, oldest first (a text as JSON), in the order they came
  const byTime = [...file.items].sort((x, y) => x.n - y.n).map((i) => (i.value === null ? JSON.stringify(i.payload) : String(i.value)));
  expect(byTime).toEqual(await counter.historyOldestFirst());
  await expect(tab.page.getByRole("group", { name: "Export the values" }).getByRole("status")).toHaveText(/^Saved counter-values-.*\.json \(3 rows\)$/);

  const [csv] = await Promise.all([tab.page.waitForEvent("download"), counter.exportButton("CSV").click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const raw = await readFile(await csv.path(), "utf8");
  expect(raw.startsWith("\uFEFF")).toBe(true);
  // the text field quoted, its quotes doubled, its newline kept inside the quotes
  expect(raw).toContain(`,"a, ""b""\nc",`);
  const rows = parseCsv(raw.slice(1));
  expect(rows[0]).toEqual(["n", "received_at", "subject", "publisher", "publisher_id", "value", "payload", "encoding", "complete", "note", "headers"]);
  expect(rows.slice(1).map((r) => [r[3], r[5], r[6], r[9], r[10]])).toEqual([
    ["lab.py", "1", "1", "", "Playground-Publisher: lab.py\nPlayground-Step: 2"],
    ["lab.py", "3", "3", "", "Playground-Publisher: lab.py\nPlayground-Step: 2"],
    ["unknown", "", text, "not a number: the payload is shown as text", ""],
  ]);
});
