import { test, expect } from "./support/fixtures";
import { CounterPage } from "./support/counter-page";
import { requirePython } from "./support/python-client";
import { runProgram } from "../src/codegen/run-program";
import type { Running } from "../src/codegen/run-program";

// The Counter's Code region: the programs it shows for the tab's settings run
// unmodified (the project's nats-py, Node's `nats`) and do what the panel does.
const running: Running[] = [];
test.afterEach(async () => {
  await Promise.allSettled(running.splice(0).map((r) => r.stop()));
});

const run = (target: "python" | "node", filename: string, code: string, python?: string) => {
  const r = runProgram({ target, filename, code }, { python });
  running.push(r);
  return r;
};

/** the history's values from `first` on, three of them, oldest first */
async function firstThree(counter: CounterPage, first: string): Promise<string[]> {
  const values = await counter.historyOldestFirst();
  const at = values.indexOf(first);
  return at < 0 ? [] : values.slice(at, at + 3);
}

test("counter code - the Python publisher, as the tab is set, drives a second tab's Counter", async ({ openTab, nats, uid }) => {
  const python = requirePython();
  const subject = `compteur.${uid}`;
  const [a, b] = await Promise.all([openTab({ name: "alice" }), openTab({ name: "bob" })]);
  const [ca, cb] = [new CounterPage(a.page), new CounterPage(b.page)];
  await cb.listenOn(subject);
  await ca.listenOn(subject);
  await a.page.getByLabel("Interval (ms)").fill("200");
  await a.page.getByLabel("Step").fill("5");
  await a.page.getByLabel("Start value").fill("10");

  await ca.openCode();
  // not publishing: the program shown first is the subscriber
  await expect(ca.programKind()).toHaveValue("subscriber");
  await expect(ca.codeRegion().getByLabel("Programs connect to")).toHaveValue(nats.natsUrl);
  await ca.chooseProgram("publisher");
  const code = await ca.program("Python");
  expect(code).toContain(`SUBJECT = "${subject}"`);
  expect(code).toContain("START = 10");
  expect(code).toContain("STEP = 5");
  expect(code).toContain("INTERVAL = 0.2  # s");

  const program = run("python", "counter_publisher.py", code, python);
  await program.waitFor(`${subject} <- 20`);
  await expect.poll(() => firstThree(cb, "10"), { timeout: 10_000 }).toEqual(["10", "15", "20"]);
  // the program names itself in the playground's headers: not "unknown"
  await expect(cb.latestDetails()).toContainText("from counter_publisher.py");
  await expect(b.page.getByRole("table", { name: "Values per publisher" })).toContainText("counter_publisher.py");
  // its step came with the values: a step of 5 is no gap, even for a tab set to 2
  await expect(b.page.getByRole("table", { name: "Values per publisher" }).getByRole("row").nth(1).getByRole("cell").nth(3)).toHaveText("0");
  expect(await program.stop()).toBe(0);
});

test("counter code - the Python subscriber prints what a tab publishes and flags a gap", async ({ openTab, uid }) => {
  const python = requirePython();
  const subject = `compteur.${uid}`;
  const tab = await openTab({ name: "alice" });
  const counter = new CounterPage(tab.page);
  await counter.listenOn(subject);
  await tab.page.getByLabel("Interval (ms)").fill("60000");

  await counter.openCode();
  await expect(counter.programKind()).toHaveValue("subscriber");
  const code = await counter.program("Python");
  expect(code).toContain(`SUBJECT = "${subject}"`);
  const program = run("python", "counter_subscriber.py", code, python);
  await program.waitFor(`listening on ${subject}`);

  // 0, then (after a stop) 6: 2 and 4 never went out
  await counter.startPublishing();
  await program.waitFor(`${subject}: 0`);
  await counter.stopPublishing();
  await tab.page.getByLabel("Start value").fill("6");
  await counter.startPublishing();
  await program.waitFor(`${subject}: 6  (gap: missed 2 after 0)`);
  // while the tab publishes, Code first shows the publisher
  await tab.page.getByRole("button", { name: "Code", exact: true }).click();
  await expect(counter.codeRegion()).toBeHidden();
  await counter.openCode();
  await expect(counter.programKind()).toHaveValue("publisher");
  await counter.stopPublishing();
});

test("counter code - the Node publisher drives a tab's Counter", async ({ openTab, uid }) => {
  const subject = `compteur.${uid}`;
  const [a, b] = await Promise.all([openTab({ name: "alice" }), openTab({ name: "bob" })]);
  const [ca, cb] = [new CounterPage(a.page), new CounterPage(b.page)];
  await cb.listenOn(subject);
  await ca.listenOn(subject);
  await a.page.getByLabel("Interval (ms)").fill("150");
  await a.page.getByLabel("Step").fill("-3");
  await a.page.getByLabel("Start value").fill("100");
  await ca.openCode();
  await ca.chooseProgram("publisher");
  const code = await ca.program("Node");
  expect(code).toContain("const INTERVAL_MS = 150;");

  run("node", "counter-publisher.mjs", code);
  await expect.poll(() => firstThree(cb, "100"), { timeout: 10_000 }).toEqual(["100", "97", "94"]);
  await expect(cb.latestDetails()).toContainText("from counter-publisher.mjs");
});

test("counter code - Copy puts the program shown on the clipboard and Download saves it under its file name, in each language", async ({ openTab, uid }) => {
  const tab = await openTab({ name: "alice" });
  const counter = new CounterPage(tab.page);
  await counter.listenOn(`compteur.${uid}`);
  await tab.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(tab.page.url()).origin });
  await counter.openCode();
  const files = { Python: /\.py$/, "nats CLI": /\.sh$/, Node: /\.mjs$/ } as const;
  for (const [target, file] of Object.entries(files) as [keyof typeof files, RegExp][]) {
    const code = await counter.program(target);
    expect(code).toContain(`compteur.${uid}`);
    await counter.codeRegion().getByRole("button", { name: `Copy the ${target} program` }).click();
    await expect.poll(() => tab.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    const [download] = await Promise.all([
      tab.page.waitForEvent("download"),
      counter.codeRegion().getByRole("button", { name: new RegExp(`^Download`) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(file);
    const saved = await download.createReadStream();
    let text = "";
    for await (const chunk of saved) text += String(chunk);
    expect(text).toBe(code);
  }
});
