import { test, expect } from "./support/fixtures";

// The lab's V.1 for a French student: the browser speaks French, the link says
// nothing about the language, and every control is found by its French label.
test("compteur - l'onglet A publie toutes les 200 ms, l'onglet B voit les valeurs monter de 2, tout en français", async ({ openTab, foreign, uid }) => {
  const sujet = `compteur.${uid}`;
  const [a, b] = await Promise.all([openTab({ name: "alice", locale: "fr-FR" }), openTab({ name: "bob", locale: "fr-FR" })]);
  for (const t of [a, b]) {
    await expect(t.page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(t.page.getByRole("tab", { name: "Compteur" })).toHaveAttribute("aria-selected", "true");
  }
  await b.page.getByLabel("Sujet").fill(sujet);
  await expect(b.page.getByLabel("Publiée par")).toHaveText(`en attente d'un message sur ${sujet}…`);

  await a.page.getByLabel("Sujet").fill(sujet);
  await a.page.getByLabel("Intervalle (ms)").fill("200");
  await expect(a.page.getByText("toutes les 0,2 s ; au moins 100")).toBeVisible();
  await a.page.getByRole("button", { name: "Commencer à publier" }).click();
  await expect(a.page.getByRole("button", { name: "Arrêter de publier" })).toBeVisible();

  await expect.poll(async () => Number(await b.page.getByLabel("Dernière valeur", { exact: true }).textContent()), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
  await expect(b.page.getByLabel("Publiée par")).toContainText("de alice à");
  const valeurs = (await b.page.getByRole("list", { name: "Historique du compteur" }).locator("strong").allTextContents()).map(Number);
  for (let i = 1; i < valeurs.length; i++) expect(valeurs[i - 1]! - valeurs[i]!).toBe(2);
  await a.page.getByRole("button", { name: "Arrêter de publier" }).click();
  await expect(a.page.getByText(/Arrêté après \d+ messages/)).toBeVisible();

  // a foreign client's values, a gap, and text: the notes are French too
  for (const v of ["2", "4", "10"]) foreign.publish(sujet, v);
  await expect(b.page.getByLabel("Publiée par")).toContainText("2 valeurs manquées (4 → 10)");
  await expect(b.page.getByRole("table", { name: "Valeurs par éditeur" }).getByRole("row", { name: /inconnu/ })).toContainText("2");
  // an invalid setting is refused in French, and its text stays
  await a.page.getByLabel("Pas").fill("0");
  await expect(a.page.getByText("un pas de 0 publierait toujours la même valeur")).toBeVisible();
  await expect(a.page.getByLabel("Pas")).toHaveValue("0");
});

test("langue - the switch in the header changes the whole page at once, is remembered, and ?lang= wins", async ({ openTab }) => {
  const tab = await openTab({ hash: "counter" });
  const p = tab.page;
  await expect(p.locator("html")).toHaveAttribute("lang", "en");
  await p.getByLabel("Language").selectOption("fr");
  await expect(p.locator("html")).toHaveAttribute("lang", "fr");
  await expect(p.getByRole("tab", { name: "Compteur" })).toBeVisible();
  await expect(p.getByRole("button", { name: "Commencer à publier" })).toBeVisible();
  await expect(p.getByRole("status", { name: "État de la connexion" })).toHaveText("Connecté");
  // remembered by this browser: a reload without ?lang= stays French
  await p.reload();
  await expect(p.getByLabel("Langue")).toHaveValue("fr");
  // a link naming the language wins
  await p.goto(p.url().replace("?", "?lang=en&"));
  await expect(p.getByLabel("Language")).toHaveValue("en");
  await expect(p.getByRole("tab", { name: "Counter" })).toBeVisible();
});
