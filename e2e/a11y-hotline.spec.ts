import { test, expect } from "./support/fixtures";
import { expectAccessible } from "./support/axe";
import { languageLeaks } from "./support/language-leaks";
import { HotlinePage } from "./support/hotline-page";

// The Hotline in both languages and both colour schemes, with its main story on
// screen: an agent answering (an error reply's reason in its log), a requester
// whose history holds an error reply, a no-responders call and a Repeat run of
// replies; then with the Code region open on both tabs and the requester's
// Sequence on screen (its steps as text too). axe finds nothing, and no word of
// the other language shows.
const SAID = {
  en: { errorReply: "Error reply from", reason: "'sum' needs numbers", replyFrom: "Reply from standard", done: "3/3 done", noResponders: "no responders", stepsAsText: "Steps as text" },
  fr: {
    errorReply: "Réponse d'erreur de",
    reason: "'sum' attend des nombres",
    replyFrom: "Réponse de standard",
    done: "3/3 effectués",
    noResponders: "aucun répondant",
    stepsAsText: "Étapes en texte",
  },
};

for (const lang of ["en", "fr"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`a11y - hotline in ${lang}, ${colorScheme}: an agent answering, an error reply, no responders and a Repeat run`, async ({ openTab, uid }) => {
      const said = SAID[lang];
      const subject = `hotline.${uid}`;
      const [agent, asker] = await Promise.all(
        ["standard", "carol"].map((name) => openTab({ name, hash: "hotline", lang, colorScheme }).then((t) => new HotlinePage(t.page, lang))),
      );
      await agent!.answer({ subject });

      await asker!.ask({ subject, json: '{"code": "sum", "values": [1, "2"]}' });
      await expect(asker!.result()).toContainText(`${said.errorReply} standard`);
      // the agent's own words, as it sent them: English on the wire, whatever the page's language
      await expect(asker!.result()).toContainText(`'sum' needs numbers: "values"[1] is a string`);
      await expect(agent!.callsHandled().first()).toContainText(said.reason);
      await expectAccessible(asker!.page, `hotline error reply (${lang}, ${colorScheme})`);
      expect(await languageLeaks(asker!.page, lang), `hotline error reply (${lang})`).toEqual([]);

      // a minute's timeout: the answer came from the server at once; sent from the keyboard (Ctrl+Enter in the JSON)
      await asker!.fill({ subject: `${subject}.nobody`, timeoutMs: 60_000 });
      await asker!.json().press("Control+Enter");
      await expect(asker!.history()).toHaveCount(2);
      await expect(asker!.history().first()).toContainText(said.noResponders);
      await expect(asker!.sendButton()).toBeEnabled();

      // picking a code keeps the JSON typed before, and says so
      await asker!.fill({ code: "sum" });
      await asker!.ask({ subject, json: '{"code": "sum", "values": [1, 2, 3.5]}', timeoutMs: 2000, repeat: 3 });
      await expect(asker!.runSummary()).toContainText(said.done);
      await expect(asker!.result()).toContainText(said.replyFrom);
      await expect(asker!.history()).toHaveCount(5);

      // the Code region on both tabs (the agent's and the requester's programs), the Sequence of a picked call
      await agent!.openCode();
      await expect(agent!.codeVariant()).toHaveValue("agent");
      await asker!.openCode();
      await expect(asker!.codeVariant()).toHaveValue("requester");
      await asker!.showCall(1).click();
      await expect.poll(() => asker!.stepKinds()).toEqual(["request", "request", "error-reply", "error-reply"]);
      await asker!.page.getByRole("button", { name: SAID[lang].stepsAsText }).click();
      await expect(asker!.sequence().getByRole("listitem").first()).toBeVisible();

      for (const [who, tab] of [["agent", agent!], ["requester", asker!]] as const) {
        await expectAccessible(tab.page, `hotline ${who} (${lang}, ${colorScheme})`);
        expect(await languageLeaks(tab.page, lang), `hotline ${who} (${lang})`).toEqual([]);
      }
    });
  }
}
