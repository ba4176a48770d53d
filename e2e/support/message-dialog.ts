import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

/** The labels of the Message dialog (src/ui/inspector), in each language of the app. */
const WORDS = {
  en: { title: "Message", headers: "Headers", showAs: "Show as", payload: "Payload", noHeaders: "no headers" },
  fr: { title: "Message", headers: "En-têtes", showAs: "Afficher en", payload: "Données", noHeaders: "aucun en-tête" },
};

/** The inspector's modal dialog: its facts, its headers table, its views of the payload. */
export class MessageDialog {
  private readonly w: (typeof WORDS)["en"];
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    lang: "en" | "fr" = "en",
  ) {
    this.w = WORDS[lang];
    this.dialog = page.getByRole("dialog", { name: this.w.title });
  }

  /** the value of a fact of the message, by its term: "Subject", "Reply subject", "Size", "Delivered by"… */
  fact(term: string): Locator {
    return this.dialog.locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd[1]`);
  }

  headersTable(): Locator {
    return this.dialog.getByRole("table", { name: this.w.headers });
  }

  noHeaders(): Locator {
    return this.dialog.getByText(this.w.noHeaders, { exact: true });
  }

  /** the header rows as [name, value], in order (the column headings left out) */
  headerRows(): Promise<string[][]> {
    return this.headersTable()
      .getByRole("row")
      .evaluateAll((rows) => rows.slice(1).map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent ?? "")));
  }

  showAs(): Locator {
    return this.dialog.getByLabel(this.w.showAs);
  }

  /** the (virtualised) payload region: text lines or hex rows */
  payload(): Locator {
    return this.dialog.getByRole("region", { name: this.w.payload });
  }

  /** the drawn line or hex row that starts with `start` */
  line(start: string): Locator {
    return this.payload().getByText(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  }

  /** the lines (or hex rows) drawn right now, top to bottom: the list draws a window of them */
  drawnLines(): Promise<string[]> {
    return this.payload()
      .locator("xpath=./div/div")
      .evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
  }

  /** scrolls the payload to its end by keyboard, as a person would */
  async scrollToEnd() {
    await this.payload().focus();
    await this.page.keyboard.press("End");
  }

  async scrollToStart() {
    await this.payload().focus();
    await this.page.keyboard.press("Home");
  }

  /** Escape closes it; focus goes back to what opened it */
  async closeByEscape(opener: Locator) {
    await this.page.keyboard.press("Escape");
    await expect(this.dialog).toBeHidden();
    await expect(opener).toBeFocused();
  }
}
