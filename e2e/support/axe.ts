import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";
import type { Page } from "@playwright/test";

/** Every axe rule (best practices included), any impact: the page must have none. */
export async function expectAccessible(page: Page, what: string) {
  // The app has no frames: then axe.run() in the page itself (legacy mode) checks
  // exactly what runPartial + finishRun would, without the blank page the default
  // mode opens (and injects axe into) for every analysis, about half the time.
  // Legacy mode would skip cross-origin frames, so a page with frames keeps the default.
  const result = await new AxeBuilder({ page }).setLegacyMode(page.frames().length === 1).analyze();
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ")}`).join("\n")}`,
  );
  expect(found, `axe on ${what}`).toEqual([]);
}
