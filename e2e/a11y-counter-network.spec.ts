import { test, expect } from "./support/fixtures";
import { expectAccessibleInEveryLook, inBothLanguages } from "./support/looks";

// Every panel with real content on screen, built once in English and light, then
// seen in both languages (the header's switch) and both colour schemes: axe finds
// nothing, and no word of the other language shows.
test("a11y - counter: values, a gap and a text payload, the chart and the Code region on screen, in en/fr × light/dark", async ({ openTab, foreign, uid }) => {
  const subject = `compteur.${uid}`;
  const tab = await openTab({ hash: "counter", colorScheme: "light" });
  const p = tab.page;
  await p.getByLabel("Subject").fill(subject);
  // waiting, said in both languages
  await inBothLanguages(p, "counter waiting", async (lang) => {
    const fr = lang === "fr";
    await expect(p.getByLabel(fr ? "Publiée par" : "Published by")).toHaveText(
      fr ? `en attente d'un message sur ${subject}…` : `waiting for a message on ${subject}…`,
    );
  });

  for (const v of ["2", "4", "10", "hello"]) foreign.publish(subject, v);
  await expect(p.getByLabel("Latest value", { exact: true })).toHaveText("hello");
  await p.getByLabel("Interval (ms)").fill("5");
  // the chart, its gap marked, and the export buttons
  await expect(p.getByRole("figure", { name: "Values over time" }).locator('[data-flag="gap"]')).toHaveCount(1);
  await p.getByRole("button", { name: "Code", exact: true }).click();
  await expect(p.getByRole("region", { name: "Code" }).locator("pre")).toContainText("nats.connect");

  await expectAccessibleInEveryLook([{ page: p, what: "counter" }], {
    each: async ({ lang }) => {
      const fr = lang === "fr";
      await expect(p.getByLabel(fr ? "Dernière valeur" : "Latest value", { exact: true })).toHaveText("hello");
      await expect(p.getByLabel(fr ? "Intervalle (ms)" : "Interval (ms)")).toHaveValue("5");
      const chart = p.getByRole("figure", { name: fr ? "Valeurs au fil du temps" : "Values over time" });
      await expect(chart.locator('[data-flag="gap"]')).toHaveCount(1);
      await expect(p.getByRole("group", { name: fr ? "Exporter les valeurs" : "Export the values" })).toBeVisible();
      await expect(p.getByRole("region", { name: "Code" }).locator("pre")).toContainText("nats.connect");
    },
  });
});

test("a11y - network: clients, receivers, a test message and the Code region on screen, in en/fr × light/dark", async ({ openTab, foreign, uid }) => {
  foreign.subscribe(`fr.${uid}.>`, { queue: "lab" });
  await foreign.flush();
  const tab = await openTab({ hash: "network", colorScheme: "light" });
  const p = tab.page;
  await expect(p.getByRole("list", { name: "Clients" }).getByRole("listitem", { name: "foreign-node-client" })).toBeVisible();
  await p.getByLabel("Subject to check").fill(`fr.${uid}.x`);
  await p.getByRole("button", { name: "Send test message" }).click();
  await expect(p.getByRole("status", { name: "Test message" })).toContainText("The server agrees");
  await p.getByRole("button", { name: "Code", exact: true }).click();
  await expect(p.getByRole("region", { name: "Code" }).locator("pre")).toContainText("$SYS.REQ.ACCOUNT.PING.CONNZ");

  await expectAccessibleInEveryLook([{ page: p, what: "network" }], {
    each: async ({ lang }) => {
      const fr = lang === "fr";
      await expect(p.getByRole("list", { name: "Clients" }).getByRole("listitem", { name: "foreign-node-client" })).toBeVisible();
      await expect(p.getByLabel(fr ? "Sujet à vérifier" : "Subject to check")).toHaveValue(`fr.${uid}.x`);
      await expect(p.getByRole("button", { name: fr ? "Envoyer un message de test" : "Send test message" })).toBeVisible();
      // the outcome, kept from before the switch, said in the page's language
      await expect(p.getByRole("status", { name: fr ? "Message de test" : "Test message" })).toContainText(
        fr ? "Le serveur confirme" : "The server agrees",
      );
      await expect(p.getByRole("region", { name: "Code" }).locator("pre")).toContainText("$SYS.REQ.ACCOUNT.PING.CONNZ");
    },
  });
});
