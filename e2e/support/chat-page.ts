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
    codeButton: "Code",
    codeRegion: "Code",
    targets: { python: "Python", cli: "nats CLI", node: "Node" },
    exportGroup: "Export this conversation",
    exportAs: { json: "Export JSON", csv: "Export CSV" },
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
    codeButton: "Code",
    codeRegion: "Code",
    targets: { python: "Python", cli: "CLI nats", node: "Node" },
    exportGroup: "Exporter cette conversation",
    exportAs: { json: "Exporter en JSON", csv: "Exporter en CSV" },
  },
};

export type CodeTarget = "python" | "cli" | "node";

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

  /** Opens the Code region (once) on a language's tab. */
  async openCode(target: CodeTarget = "python") {
    if ((await this.codeRegion().count()) === 0) await this.page.getByRole("button", { name: this.w.codeButton, exact: true }).click();
    await expect(this.codeRegion()).toBeVisible();
    await this.codeRegion().getByRole("tab", { name: this.w.targets[target], exact: true }).click();
  }

  codeRegion() {
    return this.page.getByRole("region", { name: this.w.codeRegion, exact: true });
  }

  /** The program the Code region shows now, as text. */
  async program(): Promise<string> {
    const pre = this.codeRegion().getByRole("tabpanel").locator("pre");
    await expect(pre).not.toBeEmpty();
    return (await pre.textContent()) ?? "";
  }

  exportButton(format: "json" | "csv") {
    return this.page.getByRole("group", { name: this.w.exportGroup }).getByRole("button", { name: this.w.exportAs[format], exact: true });
  }

  /** What the Export pair says of its last export (the file saved, or why not). */
  exportStatus() {
    return this.page.getByRole("group", { name: this.w.exportGroup }).getByRole("status");
  }

  /** Clicks an Export button; `meanwhile` runs while the file is written; returns the file's name and text. */
  async exportView(format: "json" | "csv", meanwhile?: () => Promise<void>): Promise<{ name: string; text: string }> {
    const downloaded = this.page.waitForEvent("download");
    await this.exportButton(format).click();
    await meanwhile?.();
    const download = await downloaded;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }
}
