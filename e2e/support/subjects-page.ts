import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

export const LAB_PATTERNS = ["fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg"] as const;

export type Place = { region: string; department: string; city: string };

export class SubjectsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("tab", { name: "Subjects" }).click();
  }

  subscriptions(): Locator {
    return this.page.getByRole("list", { name: "Subscriptions" }).getByRole("listitem");
  }

  subscription(pattern: string): Locator {
    return this.subscriptions().filter({ has: this.page.getByText(pattern, { exact: true }) });
  }

  count(pattern: string): Locator {
    return this.page.getByLabel(`Count for ${pattern}`, { exact: true });
  }

  async countOf(pattern: string): Promise<number> {
    return Number(await this.count(pattern).textContent());
  }

  async subscribe(pattern: string) {
    await this.page.getByLabel("Pattern", { exact: true }).fill(pattern);
    await this.page.getByRole("button", { name: "Subscribe", exact: true }).click();
    await this.expectSubscribed(pattern);
  }

  async expectSubscribed(pattern: string) {
    await expect(this.subscription(pattern).getByText("subscribed", { exact: true })).toBeVisible();
  }

  /** Removes every listed pattern not in `keep`, subscribes the missing ones. */
  async keepOnly(...keep: string[]) {
    for (const pattern of LAB_PATTERNS) {
      if (!keep.includes(pattern)) await this.page.getByRole("button", { name: `Remove ${pattern}`, exact: true }).click();
    }
    for (const pattern of keep) {
      if (!(LAB_PATTERNS as readonly string[]).includes(pattern)) await this.subscribe(pattern);
      else await this.expectSubscribed(pattern);
    }
    await expect(this.subscriptions()).toHaveCount(keep.length);
  }

  async publishPlace(place: Place, payload?: string) {
    const p = this.page;
    await p.getByLabel("Region").selectOption(place.region);
    await p.getByLabel("Department").selectOption(place.department);
    await p.getByLabel("City").selectOption(place.city);
    if (payload !== undefined) await p.getByLabel("Payload").fill(payload);
    // the selects write the subject into the (still editable) Subject field
    await expect(p.getByLabel("Subject")).toHaveValue(`fr.${place.region}.${place.department}.${place.city}`);
    await p.getByRole("button", { name: "Publish" }).click();
  }

  async publishFree(subject: string, payload?: string) {
    if (payload !== undefined) await this.page.getByLabel("Payload").fill(payload);
    await this.page.getByLabel("Subject").fill(subject);
    await this.page.getByRole("button", { name: "Publish" }).click();
  }

  log(): Locator {
    return this.page.getByRole("list", { name: "Message log" });
  }

  rows(): Locator {
    return this.log().getByRole("listitem");
  }

  rowsFor(subject: string): Locator {
    return this.rows().filter({ has: this.page.getByText(subject, { exact: true }) });
  }

  /** The patterns on a row's chips, sorted. */
  async chipsOf(row: Locator): Promise<string[]> {
    return (await row.getByRole("group", { name: "Received by" }).locator(".sub-chip").allTextContents()).sort();
  }

  /** A row's Inspect button (rows may share a subject: find the row first). */
  inspectButton(row: Locator): Locator {
    return row.getByRole("button", { name: /^Inspect / });
  }

  /** A row's Compare toggle (aria-pressed). */
  compareButton(row: Locator): Locator {
    return row.getByRole("button", { name: /^Compare / });
  }

  /** The Message dialog (the inspector). */
  inspector(): Locator {
    return this.page.getByRole("dialog", { name: "Message" });
  }

  comparison(): Locator {
    return this.page.getByRole("region", { name: "Comparison" });
  }

  headerName(n: number): Locator {
    return this.page.getByLabel(`Header ${n} name`, { exact: true });
  }

  headerValue(n: number): Locator {
    return this.page.getByLabel(`Header ${n} value`, { exact: true });
  }

  /** Adds a row to the publisher's Headers editor and types into it (the new row is the `n`th). */
  async addHeader(n: number, name: string, value: string) {
    await this.page.getByRole("button", { name: "Add header", exact: true }).click();
    await expect(this.headerName(n)).toBeFocused();
    await this.headerName(n).fill(name);
    await this.headerValue(n).fill(value);
  }

  tree(): Locator {
    return this.page.getByRole("tree", { name: "Token tree" });
  }

  treeItem(path: string): Locator {
    return this.tree().getByRole("treeitem", { name: path, exact: true });
  }

  explanation(): Locator {
    return this.page.getByRole("region", { name: "Match explanation" });
  }

  mismatchAlerts(): Locator {
    return this.page.getByRole("alert").filter({ hasText: /mismatch/i });
  }

  /** The Code region (named by its title). */
  code(): Locator {
    return this.page.getByRole("region", { name: "Code", exact: true });
  }

  /** Opens the Code region (once its programs are written). */
  async openCode(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Code", exact: true }).click();
    await expect(this.code().locator("pre")).toBeVisible();
    return this.code();
  }

  /** The program shown for a target (Python, nats CLI, Node), as the region's <pre> holds it. */
  async program(target: "Python" | "nats CLI" | "Node"): Promise<string> {
    const tab = this.code().getByRole("tab", { name: target, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    return (await this.code().locator("pre").textContent()) ?? "";
  }

  /** A subscription's rate chart (a minute of messages per second): data-rate-now, data-rate-peak, data-total. */
  rateChart(pattern: string): Locator {
    return this.subscription(pattern).locator("[data-total]");
  }

  /** The Message log's Export JSON / Export CSV buttons. */
  exportButton(format: "JSON" | "CSV"): Locator {
    return this.page.getByRole("group", { name: "Export the message log" }).getByRole("button", { name: `Export ${format}`, exact: true });
  }
}

type Connz = { connections: { name?: string; subscriptions_list?: string[] }[] };

/**
 * The server's own view of a tab (monitoring port): its subscriptions on fr.* and time.*
 * subjects, sorted (the tab's other panels subscribe to compteur, chat… too).
 */
export async function serverSubs(monitorUrl: string, name: string, only = /^(fr|time)\./): Promise<string[] | undefined> {
  const connz = (await (await fetch(`${monitorUrl}/connz?subs=1`)).json()) as Connz;
  const conn = connz.connections.find((c) => c.name === name);
  if (!conn) return undefined;
  return (conn.subscriptions_list ?? []).filter((s) => only.test(s)).sort();
}
