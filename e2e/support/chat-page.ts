import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

/** The labels the page object finds controls by, in each language of the app. */
const WORDS = {
  en: {
    rooms: "Rooms",
    joining: "joining",
    loading: "Loading",
    roomOrPattern: "Room or pattern",
    join: "Join",
    leave: (pattern: string) => `Leave ${pattern}`,
    postTo: "Post to",
    message: "Message",
    send: "Send",
    conversation: "Conversation",
    deliveredBy: "Delivered by",
    online: "Online",
    history: "Chat history",
    inspect: (from: string) => `Inspect ${from}'s message`,
  },
  fr: {
    rooms: "Salons",
    joining: "abonnement en cours",
    loading: "Chargement",
    roomOrPattern: "Salon ou motif",
    join: "Rejoindre",
    leave: (pattern: string) => `Quitter ${pattern}`,
    postTo: "Publier sur",
    message: "Message",
    send: "Envoyer",
    conversation: "Conversation",
    deliveredBy: "Livré par",
    online: "En ligne",
    history: "Historique du chat",
    inspect: (from: string) => `Inspecter le message ${/^[aeiouy]/i.test(from) ? `d'${from}` : `de ${from}`}`,
  },
};

export class ChatPage {
  private readonly w: (typeof WORDS)["en"];

  constructor(
    readonly page: Page,
    lang: "en" | "fr" = "en",
  ) {
    this.w = WORDS[lang];
  }

  async open() {
    await this.page.getByRole("tab", { name: "Chat" }).click();
  }

  rooms() {
    return this.page.getByRole("list", { name: this.w.rooms });
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
    await expect(this.room(pattern)).not.toContainText(this.w.joining);
    await expect(this.historyStatus()).not.toContainText(this.w.loading);
  }

  async join(pattern: string) {
    await this.page.getByLabel(this.w.roomOrPattern).fill(pattern);
    await this.page.getByRole("button", { name: this.w.join, exact: true }).click();
    await this.expectJoined(pattern);
  }

  async leave(pattern: string) {
    await this.page.getByRole("button", { name: this.w.leave(pattern) }).click();
    await expect(this.viewButton(pattern)).toHaveCount(0);
  }

  async show(view: string) {
    await this.viewButton(view).click();
    await expect(this.viewButton(view)).toHaveAttribute("aria-pressed", "true");
  }

  async send(text: string, to?: string) {
    if (to !== undefined) await this.page.getByLabel(this.w.postTo).fill(to);
    await this.page.getByLabel(this.w.message, { exact: true }).fill(text);
    await this.page.getByRole("button", { name: this.w.send, exact: true }).click();
  }

  messages() {
    return this.page.getByRole("list", { name: this.w.conversation }).getByRole("listitem");
  }

  /** the message whose own text is exactly `text` (a reply quoting it is another message) */
  message(text: string): Locator {
    return this.messages().filter({ has: this.page.getByText(text, { exact: true }) });
  }

  deliveredBy(message: Locator) {
    return message.getByRole("group", { name: this.w.deliveredBy });
  }

  /** a message's Inspect button (it opens the Message dialog) */
  inspectButton(message: Locator, from: string) {
    return message.getByRole("button", { name: this.w.inspect(from), exact: true });
  }

  online() {
    return this.page.getByRole("list", { name: this.w.online });
  }

  historyStatus() {
    return this.page.getByRole("status", { name: this.w.history });
  }
}
