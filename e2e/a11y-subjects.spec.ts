import { test, expect } from "./support/fixtures";
import { SubjectsPage } from "./support/subjects-page";
import { expectAccessibleInEveryLook, inBothLanguages } from "./support/looks";

// The Subjects panel with the lab's story on screen, built once in English and
// light: subscriptions with their counts and rate charts, log rows with chips (one
// from a foreign client, one with an empty payload), the subject tree with its
// rates, an export's outcome, the Code region, and the explainer open on a row.
// Then seen in both languages (the header's switch) and both colour schemes: axe
// finds nothing; no word of the other language shows.
test("a11y - subjects: counts, chips, a foreign row, the tree and the explainer on screen, in en/fr × light/dark", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects", colorScheme: "light" });
  const p = tab.page;
  const everything = `fr.${uid}.>`;
  const strasbourg = `fr.${uid}.*.strasbourg`;
  const subscriptionsIn = (fr: boolean) => p.getByRole("list", { name: fr ? "Abonnements" : "Subscriptions", exact: true });
  const subscriptions = subscriptionsIn(false);
  // the empty states first, in both languages: no message, an empty tree, the explainer closed
  await inBothLanguages(p, "the empty states", async (lang) => {
    const fr = lang === "fr";
    await expect(p.getByText(fr ? "Vide jusqu'à l'arrivée d'un message." : "Empty until a message arrives.")).toBeVisible();
    await expect(p.getByRole("button", { name: fr ? "Ouvrir l'explication" : "Open explainer" })).toHaveAttribute("aria-expanded", "false");
  });
  for (const pattern of [everything, strasbourg]) {
    await p.getByLabel("Pattern", { exact: true }).fill(pattern);
    await p.getByRole("button", { name: "Subscribe", exact: true }).click();
    await expect(subscriptions.getByRole("listitem").filter({ has: p.getByText(pattern, { exact: true }) }).getByText("subscribed", { exact: true })).toBeVisible();
  }

  // one message of this tab, reaching both patterns (and the lab's fr.*.*.strasbourg), then two from a foreign client
  await p.getByLabel("Subject", { exact: true }).fill(`fr.${uid}.67.strasbourg`);
  await p.getByLabel("Payload", { exact: true }).fill("#{n} {time}");
  await p.getByRole("button", { name: "Publish", exact: true }).click();
  foreign.publish(`fr.${uid}.68.colmar`, "hello from python");
  foreign.publish(`fr.${uid}.2a.ajaccio`, "");
  await foreign.flush();

  const log = p.getByRole("list", { name: "Message log" });
  await expect(log.getByRole("listitem")).toHaveCount(3);
  await expect(p.getByLabel(`Count for ${everything}`, { exact: true })).toHaveText("3");
  await log.getByRole("button", { name: `Explain fr.${uid}.67.strasbourg` }).click();
  await expect(p.getByRole("region", { name: "Match explanation" })).toContainText("matches");

  // a paused pattern and one the server refuses, with its reason
  await p.getByRole("button", { name: "Pause fr.grand_est.67.colmar", exact: true }).click();
  await p.getByLabel("Pattern", { exact: true }).fill("$SYS.>");
  await p.getByRole("button", { name: "Subscribe", exact: true }).click();
  await expect(subscriptions.getByRole("listitem").filter({ has: p.getByText("$SYS.>", { exact: true }) })).toContainText("refused by the server");

  // the records: an export done, its outcome said
  const exportsIn = (fr: boolean) => p.getByRole("group", { name: fr ? "Exporter le journal des messages" : "Export the message log" });
  await exportsIn(false).getByRole("button", { name: "Export JSON" }).click();
  await expect(exportsIn(false).getByRole("status")).toContainText("Saved");
  // the Code region, open on this tab's subscriptions
  await p.getByRole("button", { name: "Code", exact: true }).click();
  const code = p.getByRole("region", { name: "Code", exact: true });
  await expect(code.locator("pre")).toContainText(everything);
  await expect(code.getByRole("tab", { name: "Python" })).toHaveAttribute("aria-selected", "true");

  // The tree's rates are recent (the last 5 s): the lab keeps publishing, one more
  // message at each look, so that every look has them on screen.
  let ticks = 0;
  const look = await expectAccessibleInEveryLook([{ page: p, what: "subjects" }], {
    // everything the story put on screen, said in the page's language (kept from before a switch, too)
    each: async ({ lang }) => {
      const fr = lang === "fr";
      foreign.publish(`fr.${uid}.57.metz`, `tick ${++ticks}`);
      await foreign.flush();
      const subscriptions = subscriptionsIn(fr);
      const log = p.getByRole("list", { name: fr ? "Journal des messages" : "Message log" });
      await expect(log.getByRole("listitem")).toHaveCount(3 + ticks);
      for (const pattern of [everything, strasbourg]) {
        await expect(
          subscriptions.getByRole("listitem").filter({ has: p.getByText(pattern, { exact: true }) }).getByText(fr ? "abonné" : "subscribed", { exact: true }),
        ).toBeVisible();
      }
      const count = (pattern: string) => p.getByLabel(fr ? `Compte de ${pattern}` : `Count for ${pattern}`, { exact: true });
      await expect(count(everything)).toHaveText(String(3 + ticks));
      await expect(count(strasbourg)).toHaveText("1");
      await expect(p.getByLabel(fr ? "Totaux" : "Totals")).toContainText(
        fr ? `${3 + ticks} messages reçus, ${5 + ticks} livraisons` : `${3 + ticks} messages received, ${5 + ticks} deliveries`,
      );
      const colmar = log.getByRole("listitem").filter({ hasText: "hello from python" });
      await expect(colmar).toContainText(fr ? "externe" : "foreign");
      await expect(colmar.getByRole("group", { name: fr ? "Reçu par" : "Received by" })).toHaveText(everything);
      await expect(p.getByRole("tree", { name: fr ? "Arbre des mots" : "Token tree" }).getByRole("treeitem", { name: `fr.${uid}.67.strasbourg` })).toBeVisible();
      // the explainer, open on a row
      const explanation = p.getByRole("region", { name: fr ? "Explication de la correspondance" : "Match explanation" });
      await expect(explanation).toContainText(fr ? "correspond à" : "matches");
      await expect(p.getByRole("list", { name: fr ? "Abonnements de cet onglet, vérifiés" : "This tab's subscriptions, checked" })).toBeVisible();
      // the paused pattern, and the refused one with its reason
      await expect(p.getByRole("button", { name: fr ? "Reprendre fr.grand_est.67.colmar" : "Resume fr.grand_est.67.colmar", exact: true })).toBeVisible();
      await expect(subscriptions.getByRole("listitem").filter({ has: p.getByText("$SYS.>", { exact: true }) })).toContainText(
        fr ? "refusé par le serveur" : "refused by the server",
      );
      // the pictures: each subscription's minute of rates (its messages in it), the tree's recent rates, said in words
      const chart = (pattern: string) => subscriptions.getByRole("listitem").filter({ has: p.getByText(pattern, { exact: true }) }).locator("[data-total]");
      await expect(chart(everything)).toHaveAttribute("data-total", String(3 + ticks));
      await expect(chart(strasbourg)).toHaveAttribute("data-total", "1");
      await expect(chart(everything).getByRole("img")).toHaveAccessibleName(fr ? /^fr\.u.*\.> : [\d,]+ messages\/s maintenant/ : /^fr\.u.*\.>: [\d.]+ messages\/s now/);
      await expect(p.getByRole("treeitem", { name: `fr.${uid}`, exact: true })).toHaveAccessibleDescription(fr ? /messages par seconde/ : /messages per second/);
      // the export's outcome
      await expect(exportsIn(fr).getByRole("status")).toContainText(fr ? "Enregistré" : "Saved");
      // the Code region
      await expect(code.locator("pre")).toContainText(everything);
      await expect(code.getByRole("tab", { name: "Python" })).toHaveAttribute("aria-selected", "true");
    },
  });

  // Escape closes the explainer, and the focus goes back to its button (the page is now in French)
  expect(look.lang).toBe("fr");
  await p.getByLabel("Motif à expliquer").press("Escape");
  const toggle = p.getByRole("button", { name: "Ouvrir l'explication" });
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
});

test("a11y - subjects: the subject tree does not flash for people who asked for less motion", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const p = tab.page;
  // "subscribed": the server has the subscription, so a message published now is delivered
  await new SubjectsPage(p).subscribe(`fr.${uid}.>`);
  const flashes = () =>
    p.getByRole("tree", { name: "Token tree" }).evaluate((tree) =>
      [...tree.querySelectorAll("[aria-hidden]")].map((el) => getComputedStyle(el).animationName).filter((name) => name !== "none"),
    );
  foreign.publish(`fr.${uid}.67.strasbourg`, "1");
  await expect(p.getByRole("treeitem", { name: `fr.${uid}.67.strasbourg` })).toBeVisible();
  expect(await flashes()).toContain("tree-flash");
  await p.emulateMedia({ reducedMotion: "reduce" });
  foreign.publish(`fr.${uid}.67.strasbourg`, "2");
  await expect(p.getByLabel(`Count for fr.${uid}.>`, { exact: true })).toHaveText("2");
  expect(await flashes()).toEqual([]);
});
