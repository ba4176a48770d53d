import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

export class NetworkPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("tab", { name: "Network" }).click();
  }

  clients() {
    return this.page.getByRole("list", { name: "Clients" });
  }

  /** a client's entry, by the name it connected with */
  client(name: string): Locator {
    return this.clients().getByRole("listitem", { name, exact: true });
  }

  async expectClient(name: string, subjects: string[]) {
    const c = this.client(name);
    await expect(c).toBeVisible();
    for (const s of subjects) await expect(c.getByText(s, { exact: true })).toBeVisible();
  }

  async check(subject: string) {
    await this.page.getByLabel("Subject to check").fill(subject);
  }

  receivers() {
    return this.page.getByRole("list", { name: "Receivers" }).getByRole("listitem");
  }

  /** "name pattern" of every receiver row, in order */
  async receiverRows(): Promise<string[]> {
    return (await this.receivers().evaluateAll((rows) =>
      rows.map((r) => `${r.querySelector("strong")?.textContent ?? ""} ${r.querySelector("code")?.textContent ?? ""}`),
    )) as string[];
  }

  async sendTest() {
    await this.page.getByRole("button", { name: "Send test message" }).click();
  }

  testStatus() {
    return this.page.getByRole("status", { name: "Test message" });
  }

  async openCode() {
    await this.page.getByRole("button", { name: "Code", exact: true }).click();
    await expect(this.codeRegion()).toBeVisible();
  }

  codeRegion(): Locator {
    return this.page.getByRole("region", { name: "Code" });
  }

  /** the program shown for a language, as the page shows it */
  async program(target: "Python" | "nats CLI" | "Node"): Promise<string> {
    await this.codeRegion().getByRole("tab", { name: target, exact: true }).click();
    return (await this.codeRegion().getByRole("tabpanel").locator("pre").textContent()) ?? "";
  }

  status() {
    return this.page.getByRole("status", { name: "Network status" });
  }
}
