import { test, expect } from "./support/fixtures";
import { expectAccessible } from "./support/axe";
import { languageLeaks } from "./support/language-leaks";

// Every panel, in both languages and both colour schemes, with real content on
// screen: axe finds nothing, and no word of the other language shows.
for (const lang of ["en", "fr"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`a11y - counter in ${lang}, ${colorScheme}: values, a gap and a text payload, the chart and the Code region on screen`, async ({ openTab, foreign, uid }) => {
      const subject = `compteur.${uid}`;
      const tab = await openTab({ hash: "counter", lang, colorScheme });
      const p = tab.page;
      await p.getByLabel(lang === "fr" ? "Sujet" : "Subject").fill(subject);
      await expect(p.getByLabel(lang === "fr" ? "Publiée par" : "Published by")).toHaveText(
        lang === "fr" ? `en attente d'un message sur ${subject}…` : `waiting for a message on ${subject}…`,
      );
      for (const v of ["2", "4", "10", "hello"]) foreign.publish(subject, v);
      await expect(p.getByLabel(lang === "fr" ? "Dernière valeur" : "Latest value", { exact: true })).toHaveText("hello");
      await p.getByLabel(lang === "fr" ? "Intervalle (ms)" : "Interval (ms)").fill("5");
      // the chart, its gap marked, and the export buttons
      const chart = p.getByRole("figure", { name: lang === "fr" ? "Valeurs au fil du temps" : "Values over time" });
      await expect(chart.locator('[data-flag="gap"]')).toHaveCount(1);
      await expect(p.getByRole("group", { name: lang === "fr" ? "Exporter les valeurs" : "Export the values" })).toBeVisible();
      await p.getByRole("button", { name: "Code", exact: true }).click();
      await expect(p.getByRole("region", { name: "Code" }).locator("pre")).toContainText("nats.connect");
      await expectAccessible(p, `counter (${lang}, ${colorScheme})`);
      expect(await languageLeaks(p, lang)).toEqual([]);
    });

    test(`a11y - network in ${lang}, ${colorScheme}: clients, receivers, a test message and the Code region on screen`, async ({ openTab, foreign, uid }) => {
      foreign.subscribe(`fr.${uid}.>`, { queue: "lab" });
      await foreign.flush();
      const tab = await openTab({ hash: "network", lang, colorScheme });
      const p = tab.page;
      await expect(p.getByRole("list", { name: "Clients" }).getByRole("listitem", { name: "foreign-node-client" })).toBeVisible();
      await p.getByLabel(lang === "fr" ? "Sujet à vérifier" : "Subject to check").fill(`fr.${uid}.x`);
      await p.getByRole("button", { name: lang === "fr" ? "Envoyer un message de test" : "Send test message" }).click();
      await expect(p.getByRole("status", { name: lang === "fr" ? "Message de test" : "Test message" })).toContainText(
        lang === "fr" ? "Le serveur confirme" : "The server agrees",
      );
      await p.getByRole("button", { name: "Code", exact: true }).click();
      await expect(p.getByRole("region", { name: "Code" }).locator("pre")).toContainText("$SYS.REQ.ACCOUNT.PING.CONNZ");
      await expectAccessible(p, `network (${lang}, ${colorScheme})`);
      expect(await languageLeaks(p, lang)).toEqual([]);
    });
  }
}
