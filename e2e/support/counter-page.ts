import { expect } from "@playwright/test";
import type { Page } from "@playwright/test";

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

  /** the Inspect button of the history row that shows `text` */
  inspectButtonOf(text: string) {
    return this.history().filter({ hasText: text }).getByRole("button", { name: /^Inspect value / });
  }
}
