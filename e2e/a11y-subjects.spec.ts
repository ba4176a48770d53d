import { test, expect } from "./support/fixtures";
import { expectAccessible } from "./support/axe";
import { languageLeaks } from "./support/language-leaks";

// The Subjects panel in both languages and both colour schemes, with the lab's
// story on screen: subscriptions with their counts and rate charts, log rows with
// chips (one from a foreign client, one with an empty payload), the subject tree
// with its rates, an export's outcome, the Code region, and the explainer open on
// a row. axe finds nothing; no word of the other language shows.
for (const lang of ["en", "fr"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`a11y - subjects in ${lang}, ${colorScheme}: counts, chips, a foreign row, the tree and the explainer on screen`, async ({ openTab, foreign, uid }) => {
      const fr = lang === "fr";
      const tab = await openTab({ hash: "subjects", lang, colorScheme });
      const p = tab.page;
      const everything = `fr.${uid}.>`;
      const strasbourg = `fr.${uid}.*.strasbourg`;
      const subscriptions = p.getByRole("list", { name: fr ? "Abonnements" : "Subscriptions", exact: true });
      // the empty states first: no message, an empty tree, the explainer closed
      await expect(p.getByText(fr ? "Vide jusqu'à l'arrivée d'un message." : "Empty until a message arrives.")).toBeVisible();
      expect(await languageLeaks(p, lang)).toEqual([]);
      for (const pattern of [everything, strasbourg]) {
        await p.getByLabel(fr ? "Motif" : "Pattern", { exact: true }).fill(pattern);
        await p.getByRole("button", { name: fr ? "S'abonner" : "Subscribe", exact: true }).click();
        await expect(
          subscriptions.getByRole("listitem").filter({ has: p.getByText(pattern, { exact: true }) }).getByText(fr ? "abonné" : "subscribed", { exact: true }),
        ).toBeVisible();
      }

      // one message of this tab, reaching both patterns (and the lab's fr.*.*.strasbourg), then two from a foreign client
      await p.getByLabel(fr ? "Sujet" : "Subject", { exact: true }).fill(`fr.${uid}.67.strasbourg`);
      await p.getByLabel(fr ? "Donnée" : "Payload", { exact: true }).fill("#{n} {time}");
      await p.getByRole("button", { name: fr ? "Publier" : "Publish", exact: true }).click();
      foreign.publish(`fr.${uid}.68.colmar`, "hello from python");
      foreign.publish(`fr.${uid}.2a.ajaccio`, "");
      await foreign.flush();

      const log = p.getByRole("list", { name: fr ? "Journal des messages" : "Message log" });
      await expect(log.getByRole("listitem")).toHaveCount(3);
      const count = (pattern: string) => p.getByLabel(fr ? `Compte de ${pattern}` : `Count for ${pattern}`, { exact: true });
      await expect(count(everything)).toHaveText("3");
      await expect(count(strasbourg)).toHaveText("1");
      await expect(p.getByLabel(fr ? "Totaux" : "Totals")).toContainText(fr ? "3 messages reçus, 5 livraisons" : "3 messages received, 5 deliveries");
      const colmar = log.getByRole("listitem").filter({ hasText: "hello from python" });
      await expect(colmar).toContainText(fr ? "externe" : "foreign");
      await expect(colmar.getByRole("group", { name: fr ? "Reçu par" : "Received by" })).toHaveText(everything);
      await expect(p.getByRole("tree", { name: fr ? "Arbre des mots" : "Token tree" }).getByRole("treeitem", { name: `fr.${uid}.67.strasbourg` })).toBeVisible();

      await log.getByRole("button", { name: fr ? `Expliquer fr.${uid}.67.strasbourg` : `Explain fr.${uid}.67.strasbourg` }).click();
      const explanation = p.getByRole("region", { name: fr ? "Explication de la correspondance" : "Match explanation" });
      await expect(explanation).toContainText(fr ? "correspond à" : "matches");
      await expect(p.getByRole("list", { name: fr ? "Abonnements de cet onglet, vérifiés" : "This tab's subscriptions, checked" })).toBeVisible();

      // a paused pattern and one the server refuses, with its reason
      await p.getByRole("button", { name: fr ? "Suspendre fr.grand_est.67.colmar" : "Pause fr.grand_est.67.colmar", exact: true }).click();
      await p.getByLabel(fr ? "Motif" : "Pattern", { exact: true }).fill("$SYS.>");
      await p.getByRole("button", { name: fr ? "S'abonner" : "Subscribe", exact: true }).click();
      await expect(subscriptions.getByRole("listitem").filter({ has: p.getByText("$SYS.>", { exact: true }) })).toContainText(
        fr ? "refusé par le serveur" : "refused by the server",
      );

      // the pictures: each subscription's minute of rates (its messages in it), the tree's recent rates, said in words
      const chart = (pattern: string) => subscriptions.getByRole("listitem").filter({ has: p.getByText(pattern, { exact: true }) }).locator("[data-total]");
      await expect(chart(everything)).toHaveAttribute("data-total", "3");
      await expect(chart(strasbourg)).toHaveAttribute("data-total", "1");
      await expect(chart(everything).getByRole("img")).toHaveAccessibleName(fr ? /^fr\.u.*\.> : [\d,]+ messages\/s maintenant/ : /^fr\.u.*\.>: [\d.]+ messages\/s now/);
      await expect(p.getByRole("treeitem", { name: `fr.${uid}`, exact: true })).toHaveAccessibleDescription(fr ? /messages par seconde/ : /messages per second/);
      // the records: an export done, its outcome said
      const exports = p.getByRole("group", { name: fr ? "Exporter le journal des messages" : "Export the message log" });
      await exports.getByRole("button", { name: fr ? "Exporter en JSON" : "Export JSON" }).click();
      await expect(exports.getByRole("status")).toContainText(fr ? "Enregistré" : "Saved");
      // the Code region, open on this tab's subscriptions
      await p.getByRole("button", { name: "Code", exact: true }).click();
      const code = p.getByRole("region", { name: "Code", exact: true });
      await expect(code.locator("pre")).toContainText(everything);
      await expect(code.getByRole("tab", { name: "Python" })).toHaveAttribute("aria-selected", "true");

      await expectAccessible(p, `subjects (${lang}, ${colorScheme})`);
      expect(await languageLeaks(p, lang)).toEqual([]);

      // Escape closes the explainer, and the focus goes back to its button
      await p.getByLabel(fr ? "Motif à expliquer" : "Explain pattern").press("Escape");
      const toggle = p.getByRole("button", { name: fr ? "Ouvrir l'explication" : "Open explainer" });
      await expect(toggle).toBeFocused();
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
    });
  }
}

test("a11y - subjects: the subject tree does not flash for people who asked for less motion", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const p = tab.page;
  await p.getByLabel("Pattern", { exact: true }).fill(`fr.${uid}.>`);
  await p.getByRole("button", { name: "Subscribe", exact: true }).click();
  await expect(p.getByLabel(`Count for fr.${uid}.>`, { exact: true })).toHaveText("0");
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
