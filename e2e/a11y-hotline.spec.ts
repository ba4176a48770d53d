import { test, expect } from "./support/fixtures";
import { languageLeaks } from "./support/language-leaks";
import { expectAccessibleInEveryLook, switchLanguage } from "./support/looks";
import { HotlinePage } from "./support/hotline-page";

// The Hotline with its main story on screen, built once in English and light: an
// agent answering (an error reply's reason in its log), a requester whose history
// holds an error reply, a no-responders call and a Repeat run of replies; then
// with the Code region open on both tabs and the requester's Sequence on screen
// (its steps as text too). Seen in both languages (the header's switch) and both
// colour schemes: axe finds nothing, and no word of the other language shows.
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

test("a11y - hotline: an agent answering, an error reply, no responders and a Repeat run, in en/fr × light/dark", async ({ openTab, uid }) => {
  const subject = `hotline.${uid}`;
  const [agentTab, askerTab] = await Promise.all(["standard", "carol"].map((name) => openTab({ name, hash: "hotline", colorScheme: "light" })));
  // each tab's page object in each language: the story is told in English, the looks say it in theirs
  const agentIn = { en: new HotlinePage(agentTab!.page, "en"), fr: new HotlinePage(agentTab!.page, "fr") };
  const askerIn = { en: new HotlinePage(askerTab!.page, "en"), fr: new HotlinePage(askerTab!.page, "fr") };
  const agent = agentIn.en;
  const asker = askerIn.en;
  await agent.answer({ subject });

  await asker.ask({ subject, json: '{"code": "sum", "values": [1, "2"]}' });
  await expect(asker.result()).toContainText(`${SAID.en.errorReply} standard`);
  await expect(agent.callsHandled().first()).toContainText(SAID.en.reason);
  // the requester with the error reply as its Result, in every look
  await expectAccessibleInEveryLook([{ page: asker.page, what: "hotline error reply" }], {
    each: async ({ lang }) => {
      await expect(askerIn[lang].result()).toContainText(`${SAID[lang].errorReply} standard`);
      // the agent's own words, as it sent them: English on the wire, whatever the page's language
      await expect(askerIn[lang].result()).toContainText(`'sum' needs numbers: "values"[1] is a string`);
    },
  });
  // back to English (light already), for the rest of the story
  await switchLanguage(asker.page, "en");
  expect(await languageLeaks(asker.page, "en"), "hotline error reply, back in English").toEqual([]);

  // a minute's timeout: the answer came from the server at once; sent from the keyboard (Ctrl+Enter in the JSON)
  await asker.fill({ subject: `${subject}.nobody`, timeoutMs: 60_000 });
  await asker.json().press("Control+Enter");
  await expect(asker.history()).toHaveCount(2);
  await expect(asker.history().first()).toContainText(SAID.en.noResponders);
  await expect(asker.sendButton()).toBeEnabled();

  // picking a code keeps the JSON typed before, and says so
  await asker.fill({ code: "sum" });
  await asker.ask({ subject, json: '{"code": "sum", "values": [1, 2, 3.5]}', timeoutMs: 2000, repeat: 3 });
  await expect(asker.runSummary()).toContainText(SAID.en.done);
  await expect(asker.result()).toContainText(SAID.en.replyFrom);
  await expect(asker.history()).toHaveCount(5);

  // the Code region on both tabs (the agent's and the requester's programs), the Sequence of a picked call
  await agent.openCode();
  await expect(agent.codeVariant()).toHaveValue("agent");
  await asker.openCode();
  await expect(asker.codeVariant()).toHaveValue("requester");
  await asker.showCall(1).click();
  await expect.poll(() => asker.stepKinds()).toEqual(["request", "request", "error-reply", "error-reply"]);
  await asker.page.getByRole("button", { name: SAID.en.stepsAsText }).click();
  await expect(asker.sequence().getByRole("listitem").first()).toBeVisible();

  await expectAccessibleInEveryLook(
    [
      { page: agent.page, what: "hotline agent" },
      { page: asker.page, what: "hotline requester" },
    ],
    {
      each: async ({ lang }) => {
        const [said, agent, asker] = [SAID[lang], agentIn[lang], askerIn[lang]];
        await expect(agent.callsHandled().filter({ hasText: said.reason })).toHaveCount(1);
        await expect(agent.codeVariant()).toHaveValue("agent");
        await expect(asker.history()).toHaveCount(5);
        await expect(asker.history().filter({ hasText: said.noResponders })).toHaveCount(1);
        await expect(asker.runSummary()).toContainText(said.done);
        await expect(asker.result()).toContainText(said.replyFrom);
        await expect(asker.codeVariant()).toHaveValue("requester");
        await expect.poll(() => asker.stepKinds()).toEqual(["request", "request", "error-reply", "error-reply"]);
        await expect(asker.page.getByRole("button", { name: said.stepsAsText })).toBeVisible();
        await expect(asker.sequence().getByRole("listitem").first()).toBeVisible();
      },
    },
  );

  // both pages are French now: an agent in French still sends its error in English (the protocol's words)
  const [agentFr, askerFr] = [agentIn.fr, askerIn.fr];
  await askerFr.ask({ subject, json: '{"code": "sum", "values": [1, "2"]}', repeat: 1 });
  await expect(askerFr.result()).toContainText(`${SAID.fr.errorReply} standard`);
  await expect(askerFr.result()).toContainText(`'sum' needs numbers: "values"[1] is a string`);
  await expect(agentFr.callsHandled().first()).toContainText(SAID.fr.reason);
});
