import { expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { languageLeaks } from "./language-leaks";

export type Lang = "en" | "fr";
export type ColorScheme = "light" | "dark";
export type Look = { lang: Lang; colorScheme: ColorScheme };

/**
 * The four looks of a page, in the order one page goes through them, one change
 * at a time: en light → en dark → (the header's switch) fr dark → fr light.
 * A story is built once, in English and light, and then checked in each.
 */
export const LOOKS: readonly Look[] = [
  { lang: "en", colorScheme: "light" },
  { lang: "en", colorScheme: "dark" },
  { lang: "fr", colorScheme: "dark" },
  { lang: "fr", colorScheme: "light" },
];

export const lookName = ({ lang, colorScheme }: Look) => `${lang}, ${colorScheme}`;

/** The page follows prefers-color-scheme: emulate it, and wait until the page's media query says so. */
export async function setColorScheme(page: Page, colorScheme: ColorScheme) {
  await page.emulateMedia({ colorScheme });
  await expect
    .poll(() => page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme))
    .toBe(true);
}

/**
 * The header's switch, as a person uses it: the whole page changes language at
 * once, stores included. Waits for <html lang> and for the tabs to speak the new
 * language (the catalogues have loaded); the panel's own words are for the caller
 * to wait for.
 */
export async function switchLanguage(page: Page, lang: Lang) {
  await page.getByLabel(lang === "fr" ? "Language" : "Langue", { exact: true }).selectOption(lang);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("tab", { name: lang === "fr" ? "Compteur" : "Counter", exact: true })).toBeVisible();
}

/** axe finds nothing, and no word of the other language shows. */
export async function expectAccessibleIn(page: Page, what: string, look: Look) {
  await expectAccessible(page, `${what} (${lookName(look)})`);
  expect(await languageLeaks(page, look.lang), `${what}: words of the other language (${lookName(look)})`).toEqual([]);
}

export type EveryLookOptions = {
  /**
   * Run at each look, before axe: the spec's own assertions in that look's
   * language (they wait for the panel's words, so the catalogues have arrived).
   */
  each?: (look: Look) => Promise<void>;
  /**
   * The look the pages are in now: en light (the default) goes through LOOKS in
   * order, fr light goes through them backwards (fr light → fr dark → en dark →
   * en light), so a second check on the same pages needs no extra switch.
   */
  from?: Look;
};

/**
 * The pages, as the story left them, in all four looks: each look is reached by
 * one change (the colour scheme, or the header's language switch) on every page,
 * then checked with `each`, axe and the language leaks. Returns the look the
 * pages are left in.
 */
export async function expectAccessibleInEveryLook(
  pages: readonly { page: Page; what: string }[],
  { each, from = LOOKS[0]! }: EveryLookOptions = {},
): Promise<Look> {
  const order = from.lang === "en" ? LOOKS : [...LOOKS].reverse();
  expect(order[0], "expectAccessibleInEveryLook starts from en light or fr light").toEqual(from);
  let now = from;
  for (const look of order) {
    for (const { page } of pages) {
      if (look.colorScheme !== now.colorScheme) await setColorScheme(page, look.colorScheme);
      if (look.lang !== now.lang) await switchLanguage(page, look.lang);
    }
    now = look;
    await each?.(look);
    for (const { page, what } of pages) await expectAccessibleIn(page, what, look);
  }
  return now;
}

/**
 * Mid-story, for what only shows for a while: `check` in English, then in French
 * (the header's switch), then back in English, where the story goes on; no word
 * of the other language shows in any of the three.
 */
export async function inBothLanguages(page: Page, what: string, check: (lang: Lang) => Promise<void>) {
  for (const [i, lang] of (["en", "fr", "en"] as const).entries()) {
    if (i > 0) await switchLanguage(page, lang);
    await check(lang);
    expect(await languageLeaks(page, lang), `${what}: words of the other language (${lang})`).toEqual([]);
  }
}
