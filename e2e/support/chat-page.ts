import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

export class ChatPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("tab", { name: "Chat" }).click();
  }

  rooms() {
    return this.page.getByRole("list", { name: "Rooms" });
  }

  room(pattern: string) {
    return this.rooms().getByRole("listitem").filter({ has: this.page.getByRole("button", { name: pattern, exact: true }) });
  }

  viewButton(pattern: string) {
    return this.rooms().getByRole("button", { name: pattern, exact: true });
  }

  /** waits until the server confirmed the subscription and its history was read */
  async expectJoined(pattern: string) {
    await expect(this.viewButton(pattern)).toBeVisible();
    await expect(this.room(pattern)).not.toContainText("joining");
    await expect(this.historyStatus()).not.toContainText("Loading");
  }

  async join(pattern: string) {
    await this.page.getByLabel("Room or pattern").fill(pattern);
    await this.page.getByRole("button", { name: "Join", exact: true }).click();
    await this.expectJoined(pattern);
  }

  async leave(pattern: string) {
    await this.page.getByRole("button", { name: `Leave ${pattern}` }).click();
    await expect(this.viewButton(pattern)).toHaveCount(0);
  }

  async show(view: string) {
    await this.viewButton(view).click();
    await expect(this.viewButton(view)).toHaveAttribute("aria-pressed", "true");
  }

  async send(text: string, to?: string) {
    if (to !== undefined) await this.page.getByLabel("Post to").fill(to);
    await this.page.getByLabel("Message", { exact: true }).fill(text);
    await this.page.getByRole("button", { name: "Send", exact: true }).click();
  }

  messages() {
    return this.page.getByRole("list", { name: "Conversation" }).getByRole("listitem");
  }

  /** the message whose own text is exactly `text` (a reply quoting it is another message) */
  message(text: string): Locator {
    return this.messages().filter({ has: this.page.getByText(text, { exact: true }) });
  }

  deliveredBy(message: Locator) {
    return message.getByRole("group", { name: "Delivered by" });
  }

  online() {
    return this.page.getByRole("list", { name: "Online" });
  }

  historyStatus() {
    return this.page.getByRole("status", { name: "Chat history" });
  }
}
