import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import { headers } from "nats";
import { test, expect } from "./support/fixtures";
import { SubjectsPage } from "./support/subjects-page";
import type { LogRecord } from "../src/features/subjects/receiver/log-export";
import { parseCsv } from "./support/csv";

// The Subjects panel's pictures and records: a rate chart per subscription
// (messages per second over the last minute), a recent rate on every node of
// the subject tree, and the Message log exported as JSON and CSV.

// A trace snapshots the whole DOM at every action: under the flood below that
// measures Playwright, not the page (and it cannot be set for one group only).
test.use({ trace: "off" });

type Exported = { what: string; exportedAt: string; count: number; order: string; items: LogRecord[] };

async function download(page: Page, button: Locator): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { file, text: await readFile(await file.path(), "utf8") };
}


const FILE_NAME = /^subjects-log-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.(json|csv)$/;

test("subjects records - after a burst on one pattern, its rate chart and its subjects' nodes say so, the others do not", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const page = new SubjectsPage(tab.page);
  const busy = `fr.${uid}.busy.>`;
  const quiet = `fr.${uid}.quiet.>`;
  await page.subscribe(busy);
  await page.subscribe(quiet);
  await expect(page.rateChart(busy)).toHaveAttribute("data-total", "0");

  for (let i = 0; i < 60; i++) foreign.publish(`fr.${uid}.busy.c${i % 3}`, String(i));
  await foreign.flush();
  await expect(page.count(busy)).toHaveText("60");

  // a minute of seconds, the burst in it; shown once the second it came in is over
  await expect(page.rateChart(busy)).toHaveAttribute("data-total", "60");
  await expect(page.rateChart(busy)).toHaveAttribute("data-buckets", "60");
  expect(Number(await page.rateChart(busy).getAttribute("data-rate-peak"))).toBeGreaterThan(0);
  await expect(page.rateChart(busy).getByRole("img")).toHaveAccessibleName(/^fr\.u.*\.busy\.>: [\d.]+ messages\/s now, peak [\d.]+ in the last 60 s$/);
  await expect(page.rateChart(quiet)).toHaveAttribute("data-total", "0");
  await expect(page.rateChart(quiet).getByRole("img")).toHaveAccessibleName(`${quiet}: 0 messages/s now, peak 0 in the last 60 s`);
  for (const pattern of ["fr.grand_est.>", "fr.*.*.strasbourg"]) await expect(page.rateChart(pattern)).toHaveAttribute("data-total", "0");

  // the tree: the busy branch has a recent rate, said in words
  await expect(page.treeItem(`fr.${uid}.busy`)).toHaveAccessibleDescription(/^[\d.]+ messages per second on this subject or below, over the last 5 s$/);
  await expect(page.treeItem(`fr.${uid}.busy.c0`)).toHaveAccessibleDescription(/messages per second/);
});

test("subjects records - the Message log as JSON and CSV: every message once with its deliveries and headers; CSV quoting holds", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const p = tab.page;
  const page = new SubjectsPage(p);
  const mine = `fr.${uid}.>`;
  await page.subscribe(mine);
  await expect(page.exportButton("JSON")).toBeDisabled();

  const tricky = 'a,b "quoted", then\na second line';
  const h = headers();
  h.append("X-Lab", "V.2");
  h.append("X-Lab", "again, with a comma");
  foreign.publish(`fr.${uid}.67.strasbourg`, new TextEncoder().encode(tricky), { headers: h });
  await foreign.flush();
  await page.publishFree(`fr.${uid}.68.colmar`, "from the tab #{n}");
  await expect(page.rows()).toHaveCount(2);

  // JSON: what the log shows, oldest first, complete
  const json = await download(p, page.exportButton("JSON"));
  expect(json.file.suggestedFilename()).toMatch(FILE_NAME);
  await expect(p.getByRole("group", { name: "Export the message log" }).getByRole("status")).toHaveText(`Saved ${json.file.suggestedFilename()} (2 rows)`);
  const exported = JSON.parse(json.text) as Exported;
  expect(exported).toMatchObject({ what: "subjects-log", count: 2, order: "oldest first" });
  const [strasbourg, colmar] = exported.items;
  expect(strasbourg).toMatchObject({ subject: `fr.${uid}.67.strasbourg`, payload: tricky, payloadComplete: true, fromPlayground: false });
  expect(strasbourg!.headers).toEqual([
    { name: "X-Lab", value: "V.2" },
    { name: "X-Lab", value: "again, with a comma" },
  ]);
  expect(colmar).toMatchObject({ subject: `fr.${uid}.68.colmar`, payload: "from the tab #1", fromPlayground: true });
  // the deliveries are the chips the log shows
  for (const item of exported.items) expect(item.deliveries.sort()).toEqual(await page.chipsOf(page.rowsFor(item.subject)));
  expect(strasbourg!.deliveries.sort()).toEqual(["fr.*.*.strasbourg", mine].sort());

  // CSV: one record per message, the payload's comma, quotes and line break quoted as RFC 4180 says
  const csv = await download(p, page.exportButton("CSV"));
  expect(csv.file.suggestedFilename()).toMatch(FILE_NAME);
  expect(csv.text.startsWith("\uFEFF")).toBe(true);
  expect(csv.text).toContain(`,"a,b ""quoted"", then\na second line",`);
  const [head, ...records] = parseCsv(csv.text.slice(1));
  expect(records).toHaveLength(2);
  const field = (record: string[], name: string) => record[head!.indexOf(name)];
  expect(field(records[0]!, "payload")).toBe(tricky);
  expect(field(records[0]!, "subject")).toBe(`fr.${uid}.67.strasbourg`);
  expect(field(records[0]!, "headers")).toBe("X-Lab: V.2\nX-Lab: again, with a comma");
  expect(field(records[0]!, "deliveries")!.split(" ").sort()).toEqual(strasbourg!.deliveries);
  expect(field(records[1]!, "payload")).toBe("from the tab #1");
});

test.describe("under a flood", () => {
  test("subjects records - 10 000 rows exported after a flood, and a click still answers while it runs", async ({ openTab, foreign, uid }) => {
    const N = 12_000;
    const tab = await openTab({ hash: "subjects" });
    const p = tab.page;
    const page = new SubjectsPage(p);
    const mine = `fr.${uid}.>`;
    await page.subscribe(mine);
    const encoder = new TextEncoder();
    for (let i = 0; i < N; i++) foreign.publish(`fr.${uid}.flood.c${i}`, encoder.encode(`"${i}", flood`));
    await foreign.flush();
    await expect.poll(() => page.countOf(mine), { timeout: 60_000 }).toBe(N);

    // the export runs in slices: a click on Pause in the meantime is answered
    const [file] = await Promise.all([
      p.waitForEvent("download"),
      (async () => {
        await page.exportButton("CSV").click();
        await p.getByRole("button", { name: "Pause fr.grand_est.>", exact: true }).click();
        await expect(p.getByRole("button", { name: "Resume fr.grand_est.>", exact: true })).toBeVisible();
      })(),
    ]);
    const [head, ...records] = parseCsv((await readFile(await file.path(), "utf8")).slice(1));
    expect(head![0]).toBe("id");
    expect(records).toHaveLength(10_000);
    const payload = head!.indexOf("payload");
    expect(records[0]![payload]).toBe(`"${N - 10_000}", flood`);
    expect(records.at(-1)![payload]).toBe(`"${N - 1}", flood`);
    await expect(p.getByRole("group", { name: "Export the message log" }).getByRole("status")).toHaveText(/\(10,000 rows\)$/);

    const json = await download(p, page.exportButton("JSON"));
    const exported = JSON.parse(json.text) as Exported;
    expect(exported.count).toBe(10_000);
    expect(exported.items.at(-1)).toMatchObject({ subject: `fr.${uid}.flood.c${N - 1}`, deliveries: [mine] });
  });
});
