import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

export type CodeTarget = "Python" | "nats CLI" | "Node";

export class CounterPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("tab", { name: "Counter" }).click();
  }

  async startPublishing(settings: { subject?: string; intervalMs?: number; step?: number; start?: number } = {}) {
    const p = this.page;
    if (settings.subject !== undefined) await p.getByLabel("Subject").fill(settings.subject);
    if (settings.intervalMs !== undefined) await p.getByLabel("Interval (ms)").fill(String(settings.intervalMs));
    if (settings.step !== undefined) await p.getByLabel("Step").fill(String(settings.step));
    if (settings.start !== undefined) await p.getByLabel("Start value").fill(String(settings.start));
    await p.getByRole("button", { name: "Start publishing" }).click();
    await expect(p.getByRole("button", { name: "Stop publishing" })).toBeVisible();
  }

  async stopPublishing() {
    await this.page.getByRole("button", { name: "Stop publishing" }).click();
  }

  async listenOn(subject: string) {
    await this.page.getByLabel("Subject").fill(subject);
    await expect(this.page.getByRole("heading", { name: `Live on ${subject}` })).toBeVisible();
    // the server has the subscription: a message published from now on arrives
    await expect(this.latestDetails()).toHaveText(`waiting for a message on ${subject}…`);
  }

  latest() {
    return this.page.getByLabel("Latest value", { exact: true });
  }

  latestDetails() {
    return this.page.getByLabel("Published by");
  }

  async latestNumber(): Promise<number> {
    return Number(await this.latest().textContent());
  }

  history() {
    return this.page.getByRole("list", { name: "Counter history" }).getByRole("listitem");
  }

  /** the Inspect button of a value of the history: `value` as the list shows it (4, "hello", 256 bytes (binary): …) */
  inspectButton(value: string) {
    return this.page.getByRole("list", { name: "Counter history" }).getByRole("button", { name: `Inspect value ${value}`, exact: true });
  }

  /** the history's values as shown, oldest first */
  async historyOldestFirst(): Promise<string[]> {
    return (await this.history().locator("strong").allTextContents()).reverse();
  }

  /** opens the Code region (its programs load on demand) */
  async openCode() {
    await this.page.getByRole("button", { name: "Code", exact: true }).click();
    await expect(this.codeRegion()).toBeVisible();
  }

  codeRegion(): Locator {
    return this.page.getByRole("region", { name: "Code" });
  }

  /** "What the program does": the publisher or the subscriber */
  programKind(): Locator {
    return this.codeRegion().getByLabel("What the program does");
  }

  async chooseProgram(kind: "publisher" | "subscriber") {
    await this.programKind().selectOption(kind);
  }

  /** the program shown for a language, as the page shows it */
  async program(target: CodeTarget): Promise<string> {
    await this.codeRegion().getByRole("tab", { name: target, exact: true }).click();
    return (await this.codeRegion().getByRole("tabpanel").locator("pre").textContent()) ?? "";
  }

  /** the figure "Values over time" */
  chart(): Locator {
    return this.page.getByRole("figure", { name: "Values over time" });
  }

  /** a line of the chart, by the publisher's name in its legend (data-series is the publisher's key) */
  async chartLine(publisher: string): Promise<Locator> {
    const key = await this.chart().getByRole("list", { name: "Legend" }).getByRole("listitem").filter({ hasText: publisher }).first().getAttribute("data-legend");
    return this.chart().locator(`g.chart-series[data-series="${key}"]`);
  }

  /** the values a line marks, in time order (every value while there are few) */
  async chartValues(line: Locator): Promise<number[]> {
    return (await line.locator("[data-point]").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-v"))))) as number[];
  }

  exportButton(format: "JSON" | "CSV"): Locator {
    return this.page.getByRole("group", { name: "Export the values" }).getByRole("button", { name: `Export ${format}` });
  }

  /** the Inspect button of the history row that shows `text` */
  inspectButtonOf(text: string) {
    return this.history().filter({ hasText: text }).getByRole("button", { name: /^Inspect value / });
  }
}
