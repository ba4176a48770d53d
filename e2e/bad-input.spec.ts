import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { SubjectsPage } from "./support/subjects-page";

// The README's bad-input catalogue, row by row, in every subject field of every
// panel: each bad value gets a precise reason, the field keeps what was typed,
// and the panel keeps working.
type FieldCase = {
  panel: string;
  label: string;
  kind: "publish" | "pattern";
  /** what makes the panel check the value, when typing alone does not */
  submit?: (page: Page) => Promise<void>;
  prepare?: (page: Page) => Promise<void>;
};

const fields: FieldCase[] = [
  { panel: "counter", label: "Subject", kind: "publish" },
  { panel: "hotline", label: "Subject", kind: "publish" },
  { panel: "subjects", label: "Pattern", kind: "pattern", submit: (p) => p.getByRole("button", { name: "Subscribe", exact: true }).click() },
  { panel: "subjects", label: "Subject", kind: "publish", submit: (p) => p.getByRole("button", { name: "Publish" }).click() },
  { panel: "chat", label: "Room or pattern", kind: "pattern", submit: (p) => p.getByRole("button", { name: "Join", exact: true }).click() },
  {
    panel: "chat",
    label: "Post to",
    kind: "publish",
    prepare: (p) => p.getByLabel("Message", { exact: true }).fill("a message that must not be lost"),
    submit: (p) => p.getByRole("button", { name: "Send", exact: true }).click(),
  },
];

const rows = (kind: FieldCase["kind"]): [name: string, value: string, reason: string | RegExp][] => [
  ["empty", "", /is empty/],
  ["a space", "fr.grand est", "whitespace at position 9"],
  ["an empty token", "fr..paris", "fr..paris: empty token"],
  ["a trailing dot", "fr.", "empty token (it ends with a dot)"],
  ["'>' not last", "fr.>.paris", kind === "pattern" ? "'>' must be the last token" : "wildcard '>'"],
  ["10 000 characters", "x".repeat(10_000), "10000 characters long; the limit is 1024"],
  ["a control character", "fr.\u0007.paris", "control character at position 4"],
  ["a tab", "fr.\tparis", "control character at position 4"],
];

for (const field of fields) {
  test(`bad input - ${field.panel} '${field.label}': every catalogue row gets its reason, the text stays`, async ({ openTab }) => {
    const tab = await openTab({ hash: field.panel, name: `bad-${field.panel}` });
    const page = tab.page;
    await field.prepare?.(page);
    const input = page.getByLabel(field.label, { exact: true });
    for (const [, value, reason] of rows(field.kind)) {
      await input.fill(value);
      await field.submit?.(page);
      await expect(page.getByRole("alert").filter({ hasText: reason }).first()).toBeVisible();
      await expect(input).toHaveValue(value);
    }
    if (field.label === "Post to") await expect(page.getByLabel("Message", { exact: true })).toHaveValue("a message that must not be lost");
    // unicode is fine in NATS subjects: accepted, no error
    await input.fill("fr.île_de_france.75.paris");
    await field.submit?.(page);
    await expect(page.getByRole("alert").filter({ hasText: /empty token|whitespace|wildcard|control|limit/ })).toHaveCount(0);
    await expect(page.getByRole("status", { name: "Connection status" })).toHaveText("Connected");
  });
}

test("bad input - markup in a subject and a payload is shown as text in the Subjects log, nothing runs", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const dialogs: string[] = [];
  tab.page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const pattern = `${uid}.>`;
  // "subscribed": the server has the subscription, so a message published now is delivered
  await new SubjectsPage(tab.page).subscribe(pattern);
  await expect(tab.page.getByLabel(`Count for ${pattern}`)).toHaveText("0");
  const subject = `${uid}.<script>alert(1)</script>`;
  foreign.publish(subject, "<img src=x onerror=alert(2)>");
  const log = tab.page.getByRole("list", { name: "Message log" });
  await expect(log.getByText(subject)).toBeVisible();
  await expect(log.getByText("<img src=x onerror=alert(2)>")).toBeVisible();
  await expect(log.locator("img, script")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("bad input - ?servers= that points nowhere, or is not a WebSocket URL, is explained and the page still works", async ({ openTab }) => {
  const nowhere = await openTab({ servers: "ws://127.0.0.1:9", waitConnected: false });
  await expect(nowhere.page.getByRole("alert").filter({ hasText: "no server answered at ws://127.0.0.1:9" })).toBeVisible();
  await nowhere.page.getByRole("tab", { name: "Subjects" }).click();
  await expect(nowhere.page.getByLabel("Pattern", { exact: true })).toBeVisible();
  for (const [servers, reason] of [
    ["http://127.0.0.1:9222", "use ws://127.0.0.1:9222"],
    ["nats://127.0.0.1:4222", "NATS TCP URL"],
    ["::::", "is not a URL"],
  ] as const) {
    const tab = await openTab({ servers, waitConnected: false });
    await expect(tab.page.getByRole("alert").filter({ hasText: reason })).toBeVisible();
  }
});
