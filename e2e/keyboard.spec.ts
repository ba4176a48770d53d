import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

/** Presses Tab until the focused element has this accessible label (a person looking for the field). */
async function tabTo(page: Page, label: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const id = el.getAttribute("id");
      const byFor = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent : undefined;
      return (el.getAttribute("aria-label") ?? byFor ?? el.textContent ?? "").trim();
    });
    if (name === label) return;
  }
  throw new Error(`Tab never reached '${label}'`);
}

// The lab's V.1 by keyboard only: no mouse anywhere.
test("keyboard - the counter lab without a mouse: panels by arrow keys, fields by Tab, publishing by Enter, the other tab sees it", async ({ openTab, uid }) => {
  const subject = `compteur.${uid}`;
  const [a, b] = await Promise.all([openTab({ name: "alice", hash: "subjects" }), openTab({ name: "bob" })]);
  await b.page.getByLabel("Subject").fill(subject);
  await expect(b.page.getByLabel("Published by")).toHaveText(`waiting for a message on ${subject}…`);

  const p = a.page;
  // the tab list: Tab reaches the selected tab, arrows move between panels
  await tabTo(p, "Subjects");
  await p.keyboard.press("ArrowLeft");
  await expect(p.getByRole("tab", { name: "Counter" })).toBeFocused();
  await expect(p.getByRole("tab", { name: "Counter" })).toHaveAttribute("aria-selected", "true");
  await expect(p).toHaveURL(/#counter$/);

  await tabTo(p, "Subject");
  await p.keyboard.press("ControlOrMeta+a");
  await p.keyboard.type(subject);
  await tabTo(p, "Interval (ms)");
  await p.keyboard.press("ControlOrMeta+a");
  await p.keyboard.type("200");
  // Enter in a field submits the publisher's form
  await p.keyboard.press("Enter");
  await expect(p.getByRole("button", { name: "Stop publishing" })).toBeVisible();
  await expect.poll(async () => Number(await b.page.getByLabel("Latest value", { exact: true }).textContent()), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);

  // focus is visible where it lands
  await tabTo(p, "Stop publishing");
  const outline = await p.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
  await p.keyboard.press("Enter");
  await expect(p.getByRole("button", { name: "Start publishing" })).toBeVisible();

  // the language switch is a keyboard control too
  await tabTo(p, "Language");
  await p.keyboard.press("ArrowDown");
  await expect(p.getByRole("tab", { name: "Compteur" })).toBeVisible();
});
