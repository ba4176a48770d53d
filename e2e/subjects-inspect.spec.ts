import { headers } from "nats";
import type { Msg } from "nats";
import { test, expect } from "./support/fixtures";
import { expectAccessibleInEveryLook } from "./support/looks";
import { SubjectsPage } from "./support/subjects-page";

const encoder = new TextEncoder();
const BIG = 512 * 1024;

test("subjects inspect - a foreign client's JSON with repeated headers and a reply, every byte 0x00–0xFF, and 512 KB: each opened whole", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const p = tab.page;
  const page = new SubjectsPage(p);
  const mine = `fr.${uid}.>`;
  await page.subscribe(mine);

  const json = '{"city":"colmar","temp":21,"tags":["a","b"]}';
  const h = headers();
  h.append("X-Trace", "first");
  h.append("X-Trace", "second");
  h.append("Content-Type", "application/json");
  foreign.publish(`fr.${uid}.json`, encoder.encode(json), { headers: h, reply: `fr.${uid}.replies` });
  foreign.publish(`fr.${uid}.bin`, new Uint8Array(256).map((_, i) => i));
  const big = encoder.encode("0123456789abcdef".repeat(BIG / 16));
  foreign.publish(`fr.${uid}.big`, big);
  await foreign.flush();
  await expect(page.rows()).toHaveCount(3);

  // JSON: the reply subject, the size, every header in order (a repeated name twice), the chip that delivered it, pretty JSON
  const jsonRow = page.rowsFor(`fr.${uid}.json`);
  const inspectJson = page.inspectButton(jsonRow);
  await expect(inspectJson).toHaveText("Inspect");
  await inspectJson.click();
  const dialog = page.inspector();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(`fr.${uid}.replies`, { exact: true })).toBeVisible();
  await expect(dialog.getByText(`${json.length} bytes`, { exact: true })).toBeVisible();
  await expect(dialog.getByText(mine, { exact: true })).toBeVisible();
  const headerRows = dialog.getByRole("table", { name: "Headers" }).getByRole("row");
  await expect(headerRows).toHaveText([/Name\s*Value/, /X-Trace\s*first/, /X-Trace\s*second/, /Content-Type\s*application\/json/]);
  await expect(dialog.getByLabel("Show as")).toHaveValue("json");
  const payload = dialog.getByRole("region", { name: "Payload" });
  await expect(payload).toContainText('"city": "colmar",');
  await expect(payload).toContainText('"temp": 21,');
  // Escape closes it; the focus is back on the button that opened it
  await p.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(inspectJson).toBeFocused();

  // every byte: the log and the tree say it is binary, the inspector opens in hex, xxd's rows
  const binRow = page.rowsFor(`fr.${uid}.bin`);
  await expect(binRow).toContainText("256 bytes (binary): 00 01 02 03 04 05 06 07 …");
  await expect(binRow).not.toContainText("\uFFFD");
  await expect(page.treeItem(`fr.${uid}.bin`)).toContainText("256 bytes (binary): 00 01 02 03 04 05 06 07 …");
  await page.inspectButton(binRow).click();
  await expect(dialog.getByText("256 bytes", { exact: true })).toBeVisible();
  await expect(dialog.getByText("no headers")).toBeVisible();
  await expect(dialog.getByLabel("Show as")).toHaveValue("hex");
  await expect(payload).toContainText("00000000 0001 0203 0405 0607 0809 0a0b 0c0d 0e0f ................");
  await expect(payload).toContainText("00000040 4041 4243 4445 4647 4849 4a4b 4c4d 4e4f @ABCDEFGHIJKLMNO");
  await expect(payload).toContainText("000000f0 f0f1 f2f3 f4f5 f6f7 f8f9 fafb fcfd feff ................");
  await dialog.getByLabel("Show as").selectOption("text");
  await expect(dialog.getByText("This payload is not valid UTF-8 text")).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  // 512 KB: the whole of it, the hex view scrolls to its last row
  const bigRow = page.rowsFor(`fr.${uid}.big`);
  await expect(bigRow).toContainText(`${"0123456789abcdef".repeat(12)}01234567…`);
  await page.inspectButton(bigRow).click();
  await expect(dialog.getByText("524,288 bytes", { exact: true })).toBeVisible();
  await expect(dialog.getByLabel("Show as")).toHaveValue("text");
  await dialog.getByLabel("Show as").selectOption("hex");
  await expect(payload).toContainText("00000000 3031 3233 3435 3637 3839 6162 6364 6566 0123456789abcdef");
  await expect(payload).not.toContainText("0007fff0");
  await payload.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(payload).toContainText("0007fff0 3031 3233 3435 3637 3839 6162 6364 6566 0123456789abcdef");
  await p.keyboard.press("Escape");
  await expect(page.inspectButton(bigRow)).toBeFocused();
});

test("subjects inspect - headers set in the publisher (two values for one name) reach a foreign client; an invalid name is refused inline and nothing is sent", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const p = tab.page;
  const page = new SubjectsPage(p);
  await page.subscribe(`fr.${uid}.>`);
  const subject = `fr.${uid}.hdr`;
  const got: { data: string; tags: string[]; id: string }[] = [];
  const sub = foreign.subscribe(subject, {
    callback: (_e, m: Msg) => got.push({ data: new TextDecoder().decode(m.data), tags: m.headers?.values("X-Tag") ?? [], id: m.headers?.get("Playground-Msg-Id") ?? "" }),
  });
  await foreign.flush();

  await page.addHeader(1, "bad name", "x");
  const problem = "header 1: 'bad name' has a space at position 4: header names are one word";
  await expect(p.getByText(problem)).toBeVisible();
  await expect(page.headerName(1)).toHaveAttribute("aria-invalid", "true");
  await page.publishFree(subject, "refused");
  await expect(p.getByRole("alert").filter({ hasText: "Nothing was sent: a header above is invalid." })).toBeVisible();
  await expect(page.headerName(1)).toHaveValue("bad name");
  await expect(p.getByLabel("Publisher status")).toHaveText("Nothing published yet");

  await page.headerName(1).fill("X-Tag");
  await page.headerValue(1).fill("one");
  await expect(p.getByText(problem)).toBeHidden();
  await page.addHeader(2, "X-Tag", "two");
  await page.publishFree(subject, "with headers");
  // the tab's messages arrive in order: had the refused one gone out, it would be first
  await expect.poll(() => got.length).toBeGreaterThan(0);
  expect(got).toEqual([{ data: "with headers", tags: ["one", "two"], id: expect.stringMatching(/\S/) }]);

  // the tab received its own message too: the inspector shows the same headers, the playground's id first
  const row = page.rowsFor(subject);
  await page.inspectButton(row).click();
  const headerRows = page.inspector().getByRole("table", { name: "Headers" }).getByRole("row");
  await expect(headerRows).toHaveText([/Name\s*Value/, /Playground-Msg-Id\s*\S+/, /X-Tag\s*one/, /X-Tag\s*two/]);
  await expect(headerRows.nth(1)).toContainText(got[0]!.id);
  await p.keyboard.press("Escape");

  await p.getByRole("button", { name: "Remove header 1", exact: true }).click();
  await expect(page.headerName(1)).toHaveValue("X-Tag");
  await expect(page.headerValue(1)).toHaveValue("two");
  await expect(page.headerName(2)).toHaveCount(0);
  sub.unsubscribe();
});

test("subjects inspect - Compare two JSON messages of one subject shows the changed line; a row of another subject is refused with the reason", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const p = tab.page;
  const page = new SubjectsPage(p);
  await page.subscribe(`fr.${uid}.>`);
  const subject = `fr.${uid}.cmp`;
  foreign.publish(subject, encoder.encode('{"city":"colmar","temp":20}'));
  foreign.publish(subject, encoder.encode('{"city":"colmar","temp":21}'));
  foreign.publish(`fr.${uid}.other`, encoder.encode("x"));
  await foreign.flush();
  const rows = page.rowsFor(subject);
  await expect(rows).toHaveCount(2);

  const [newer, older] = [rows.nth(0), rows.nth(1)];
  // same subject, maybe the same millisecond: each row's buttons still have names of their own
  const names = await Promise.all([newer, older].map((r) => page.inspectButton(r).getAttribute("aria-label")));
  expect(names[0]).not.toBe(names[1]);
  await page.compareButton(newer).click();
  await expect(page.compareButton(newer)).toHaveAttribute("aria-pressed", "true");
  await expect(page.comparison()).toContainText("Press Compare on another message of this subject.");
  await page.compareButton(older).click();
  await expect(page.compareButton(older)).toHaveAttribute("aria-pressed", "true");
  const comparison = page.comparison();
  await expect(comparison.getByRole("status")).toHaveText("1 line removed, 1 added. Both are JSON: compared pretty-printed.");
  const lines = comparison.getByRole("region", { name: "Line by line" });
  await expect(lines).toContainText('−removed: "temp": 20');
  await expect(lines).toContainText('+added: "temp": 21');
  await expect(lines).toContainText('"city": "colmar",');

  const other = page.rowsFor(`fr.${uid}.other`);
  await page.compareButton(other).click();
  await expect(comparison.getByRole("alert")).toHaveText(
    `fr.${uid}.other was not picked: only messages of one subject are compared, and ${subject} is picked. Unpick it first.`,
  );
  await expect(page.compareButton(other)).toHaveAttribute("aria-pressed", "false");
  await comparison.getByRole("button", { name: "Stop comparing" }).click();
  await expect(comparison).toBeHidden();
  await expect(page.compareButton(newer)).toHaveAttribute("aria-pressed", "false");
});

// The new parts on screen, built once in English and light: a header's problem,
// a comparison, then the inspector open. Each seen in both languages (the header's
// switch) and both colour schemes: axe finds nothing; no word of the other language shows.
test("subjects inspect - a11y: a header problem, a comparison and the inspector, in en/fr × light/dark", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects", colorScheme: "light" });
  const p = tab.page;
  const everything = `fr.${uid}.>`;
  // "subscribed": the server has the subscription, so a message published now is delivered
  await new SubjectsPage(p).subscribe(everything);

  await p.getByRole("button", { name: "Add header", exact: true }).click();
  await p.getByLabel("Header 1 name", { exact: true }).fill("bad name");
  await expect(p.getByText("has a space at position 4")).toBeVisible();

  const h = headers();
  h.append("X-Trace", "a");
  h.append("X-Trace", "b");
  foreign.publish(`fr.${uid}.cmp`, encoder.encode('{"temp":20}'), { headers: h, reply: `fr.${uid}.replies` });
  foreign.publish(`fr.${uid}.cmp`, encoder.encode('{"temp":21}'));
  foreign.publish(`fr.${uid}.bin`, new Uint8Array([0, 1, 0xff]));
  await foreign.flush();
  const logIn = (fr: boolean) => p.getByRole("list", { name: fr ? "Journal des messages" : "Message log" });
  const cmpIn = (fr: boolean) => logIn(fr).getByRole("listitem").filter({ hasText: '{"temp"' });
  await expect(logIn(false).getByRole("listitem")).toHaveCount(3);
  for (const i of [0, 1]) await cmpIn(false).nth(i).getByRole("button", { name: /^Compare / }).click();
  await expect(p.getByRole("region", { name: "Comparison" }).getByRole("status")).toContainText("1 line removed, 1 added");

  const look = await expectAccessibleInEveryLook([{ page: p, what: "subjects inspect" }], {
    each: async ({ lang }) => {
      const fr = lang === "fr";
      await expect(p.getByLabel(fr ? "Nom de l'en-tête 1" : "Header 1 name", { exact: true })).toHaveValue("bad name");
      await expect(p.getByText(fr ? "contient une espace en position 4" : "has a space at position 4")).toBeVisible();
      await expect(logIn(fr).getByRole("listitem")).toHaveCount(3);
      await expect(logIn(fr)).toContainText(fr ? "3 octets (binaire) : 00 01 ff" : "3 bytes (binary): 00 01 ff");
      const comparison = p.getByRole("region", { name: fr ? "Comparaison" : "Comparison" });
      await expect(comparison.getByRole("status")).toContainText(fr ? "1 ligne retirée, 1 ajoutée" : "1 line removed, 1 added");
    },
  });

  // the inspector open on the newer message, from the page as it is now (French, light: its first render is
  // French), then back through the looks to English. The dialog is modal, so no one could reach the header's
  // switch meanwhile; the test flips it all the same, to see the open dialog redrawn in the other language.
  expect(look).toEqual({ lang: "fr", colorScheme: "light" });
  const inspect = cmpIn(true).nth(1).getByRole("button", { name: /^Inspecter / });
  await inspect.click();
  const dialog = p.getByRole("dialog", { name: "Message" });
  await expectAccessibleInEveryLook([{ page: p, what: "subjects inspector" }], {
    from: look,
    each: async ({ lang }) => {
      const fr = lang === "fr";
      await expect(dialog.getByRole("table", { name: fr ? "En-têtes" : "Headers" }).getByRole("row")).toHaveCount(3);
    },
  });
  await p.keyboard.press("Escape");
  await expect(cmpIn(false).nth(1).getByRole("button", { name: /^Inspect / })).toBeFocused();
});
