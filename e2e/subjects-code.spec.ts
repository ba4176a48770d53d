import { test, expect } from "./support/fixtures";
import { LAB_PATTERNS, SubjectsPage } from "./support/subjects-page";
import { requirePython } from "./support/python-client";
import { runProgram } from "../src/codegen/run-program";
import type { Running } from "../src/codegen/run-program";
import type { Target } from "../src/codegen/codegen-types";

// The Subjects panel's Code region, run for real: the program shown for the
// panel's settings, read from the page and run unmodified (nats-py from the
// project's virtualenv, Node with the repository's `nats`), does what the panel does.

const [COLMAR, GRAND_EST, STRASBOURG] = LAB_PATTERNS;

const running: Running[] = [];
test.afterEach(async () => {
  await Promise.allSettled(running.splice(0).map((r) => r.stop()));
});

function run(target: Target, code: string, filename: string, python?: string): Running {
  const r = runProgram({ target, filename, code }, { python });
  running.push(r);
  return r;
}

for (const target of ["python", "node"] as const) {
  test(`subjects code - the generated ${target} subscriptions program receives what a tab publishes and says which patterns matched`, async ({ openTab, nats, uid }) => {
    const python = target === "python" ? requirePython() : undefined;
    const tab = await openTab({ hash: "subjects" });
    const page = new SubjectsPage(tab.page);
    for (const pattern of LAB_PATTERNS) await page.expectSubscribed(pattern);

    // not auto publishing: the region opens on this tab's subscriptions, and reaches the test's server
    const code = await page.openCode();
    await expect(code.getByLabel("What the program does")).toHaveValue("subscriptions");
    await expect(code.getByLabel("Programs connect to")).toHaveValue(nats.natsUrl);
    const program = await page.program(target === "python" ? "Python" : "Node");
    for (const pattern of LAB_PATTERNS) expect(program).toContain(`"${pattern}"`);

    const subscriber = run(target, program, target === "python" ? "subscriptions.py" : "subscriptions.mjs", python);
    await subscriber.waitFor("subscribed to 3 patterns");

    const payload = `from the tab ${uid}`;
    await page.publishPlace({ region: "grand_est", department: "67", city: "strasbourg" }, payload);
    const line = (pattern: string, subject: string, text: string) => `[${pattern}] ${subject}: ${text}`;
    await subscriber.waitFor(line(GRAND_EST, "fr.grand_est.67.strasbourg", payload));
    await subscriber.waitFor(line(STRASBOURG, "fr.grand_est.67.strasbourg", payload));
    // a later message on colmar reaches the colmar callback: had it got the Strasbourg one, it would have printed that first
    await page.publishPlace({ region: "grand_est", department: "67", city: "colmar" }, `sentinel ${uid}`);
    await subscriber.waitFor(line(COLMAR, "fr.grand_est.67.colmar", `sentinel ${uid}`));
    const matched = subscriber.lines.filter((l) => l.endsWith(payload)).map((l) => l.slice(1, l.indexOf("]")));
    expect(matched.sort()).toEqual([STRASBOURG, GRAND_EST].sort());

    // the region follows the panel: a paused pattern is no subscription of the program
    await tab.page.getByRole("button", { name: `Pause ${COLMAR}`, exact: true }).click();
    await expect(code.locator("pre")).not.toContainText(COLMAR);
    await expect(code.locator("pre")).toContainText(GRAND_EST);
  });
}

test("subjects code - the generated Python publisher's message, with its header, shows in another tab's log and inspector", async ({ openTab, uid }) => {
  const python = requirePython();
  const [alice, bob] = await Promise.all(["alice", "bob"].map((name) => openTab({ name, hash: "subjects" }).then((t) => new SubjectsPage(t.page))));
  const subject = `fr.${uid}.67.strasbourg`;
  await bob!.subscribe(`fr.${uid}.>`);

  // alice's publisher: her Subject, Payload template and a header; the program is what she would send
  await alice!.page.getByLabel("Subject").fill(subject);
  await alice!.page.getByLabel("Payload").fill("python #{n} on {subject}");
  await alice!.addHeader(1, "X-Lab", "V.2");
  const code = await alice!.openCode();
  await code.getByLabel("What the program does").selectOption("publisher");
  const program = await alice!.program("Python");
  expect(program).toContain(`SUBJECT = "${subject}"`);
  expect(program).toContain('HEADERS = {"X-Lab": "V.2"}');

  const publisher = run("python", program, "publisher.py", python);
  expect(await publisher.exited, publisher.lines.join("\n")).toBe(0);

  const row = bob!.rowsFor(subject);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`python #1 on ${subject}`);
  await expect(row).toContainText("foreign");
  expect(await bob!.chipsOf(row)).toEqual([STRASBOURG, `fr.${uid}.>`].sort());
  await bob!.inspectButton(row).click();
  const headers = bob!.inspector().getByRole("table", { name: "Headers" });
  await expect(headers.getByRole("row").filter({ hasText: "X-Lab" })).toContainText("V.2");
});

test("subjects code - while auto publishing, the region opens on the publisher, every N ms", async ({ openTab }) => {
  const tab = await openTab({ hash: "subjects" });
  const page = new SubjectsPage(tab.page);
  await tab.page.getByLabel("Every (ms)").fill("250");
  await tab.page.getByLabel("Auto publish").check();
  const code = await page.openCode();
  await expect(code.getByLabel("What the program does")).toHaveValue("publisher");
  expect(await page.program("Python")).toContain("EVERY = 0.25");
  expect(await page.program("nats CLI")).toContain("--sleep 250ms");
  await tab.page.getByLabel("Auto publish").uncheck();
});
