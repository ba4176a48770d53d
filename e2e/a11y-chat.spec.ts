import { connect } from "nats";
import { test, expect } from "./support/fixtures";
import { expectAccessibleInEveryLook, inBothLanguages } from "./support/looks";
import { ChatPage } from "./support/chat-page";
import { chatServer, envelope } from "./support/chat-server";

const WORDS = {
  en: {
    storedOne: "History: 1 stored message",
    outside: "no history for orders.> (outside chat.>)",
    replyTo: (from: string) => `Reply to ${from}`,
    forwardOf: (from: string) => `Forward ${from}'s message`,
    forwardTo: "Forward to",
    sendForward: "Send forward",
    forwarded: "Forwarded to chat.general",
    forwardedFrom: "forwarded from chat.general, written by bob",
    wildcard: "wildcards are for subscriptions",
    outsideNote: "orders.> is outside chat.>",
    replying: "Replying to",
    quote: "↪ alice: hello from alice",
    unnamed: "unnamed",
    fromHistory: "from history",
    you: "alice (you)",
    unread: "1 unread",
    postTo: "Post to",
    replaced: "Post to holds chat.*, which the panel would refuse: the programs post to chat.general instead.",
    saved: "Saved chat-all-",
  },
  fr: {
    storedOne: "Historique : 1 message stocké",
    outside: "pas d'historique pour orders.> (hors de chat.>)",
    replyTo: (from: string) => `Répondre à ${from}`,
    forwardOf: (from: string) => `Transférer le message ${/^[aeiou]/i.test(from) ? `d'${from}` : `de ${from}`}`,
    forwardTo: "Transférer vers",
    sendForward: "Envoyer le transfert",
    forwarded: "Transféré vers chat.general",
    forwardedFrom: "transféré depuis chat.general, écrit par bob",
    wildcard: "les jokers servent aux abonnements",
    outsideNote: "orders.> est hors de chat.>",
    replying: "Réponse à",
    quote: "↪ alice : hello from alice",
    unnamed: "sans nom",
    fromHistory: "de l'historique",
    you: "alice (vous)",
    unread: "1 non lu",
    postTo: "Publier sur",
    replaced: "« Publier sur » contient chat.*, que le panneau refuserait : les programmes publient sur chat.general à la place.",
    saved: "Enregistré : chat-all-",
  },
};

// Two people chatting, built once in English and light: a message from the
// history, a reply quoting another, a forward, plain text from a foreign client,
// someone online, the history line, an open forward form with its error, a reply
// under way, a join note and an unread count; the Code region open (on Python with
// a note for alice, on Node for bob) and an export's outcome. Then seen in both
// languages (the header's switch) and both colour schemes: axe finds nothing, and
// no word of the other language shows.
test("a11y - chat: a conversation with a reply, a forward and a foreign client, in en/fr × light/dark", async ({ openTab, privateNats }) => {
  const w = WORDS.en;
  const server = await chatServer(privateNats);
  const foreign = await connect({ servers: server.natsUrl, name: "foreign-node-client" });
  try {
    await foreign.jetstream().publish("chat.general", envelope("old-1", "carol", "said before anyone came"));
    const open = async (name: string) => {
      const tab = await openTab({ name, hash: "chat", servers: server.wsUrl, colorScheme: "light" });
      // tall enough for the whole conversation: axe cannot judge the contrast of text scrolled out of view
      await tab.page.setViewportSize({ width: 1280, height: 1400 });
      // the page object in each language: the story is told in English, the looks say it in theirs
      const chatIn = { en: new ChatPage(tab.page, "en"), fr: new ChatPage(tab.page, "fr") };
      await chatIn.en.expectJoined("chat.general");
      return { ...tab, chat: chatIn.en, chatIn };
    };
    const alice = await open("alice");
    const bob = await open("bob");
    await expect(alice.chat.historyStatus()).toContainText(w.storedOne);
    await expect(alice.chat.message("said before anyone came")).toContainText(w.fromHistory);

    await alice.chat.send("hello from alice");
    await bob.chat.message("hello from alice").getByRole("button", { name: w.replyTo("alice") }).click();
    await bob.chat.send("hi alice, bob here");
    foreign.publish("chat.general", "plain text from nats pub");
    await foreign.flush();

    const reply = alice.chat.message("hi alice, bob here");
    await expect(reply.locator("blockquote")).toHaveText(w.quote);
    await reply.getByRole("button", { name: w.forwardOf("bob") }).click();
    await alice.page.getByLabel(w.forwardTo).fill("chat.general");
    await alice.page.getByRole("button", { name: w.sendForward }).click();
    // the forward's note, there until the next forward form opens: said in both languages
    await inBothLanguages(alice.page, "chat, alice's forward note", async (lang) => {
      const w = WORDS[lang];
      await expect(alice.page.getByRole("status").filter({ hasText: w.forwarded })).toBeVisible();
      await expect(alice.chatIn[lang].messages().filter({ hasText: w.forwardedFrom })).toHaveCount(1);
    });
    const plain = alice.chat.message("plain text from nats pub");
    await expect(plain.locator(".chat-from")).toHaveText(w.unnamed);
    await expect(alice.chat.online()).toContainText("bob");
    await expect(alice.chat.online()).toContainText(w.you);

    // alice: a forward form open, refusing a wildcard
    await plain.getByRole("button", { name: w.forwardOf(w.unnamed) }).click();
    await expect(alice.page.getByLabel(w.forwardTo)).toBeFocused();
    await alice.page.getByLabel(w.forwardTo).fill("chat.*");
    await alice.page.getByRole("button", { name: w.sendForward }).click();
    await expect(alice.page.getByRole("alert").filter({ hasText: w.wildcard })).toBeVisible();

    // bob: replying to the foreign client, in a room outside the stream, with an unread message elsewhere
    await bob.chat.message("plain text from nats pub").getByRole("button", { name: w.replyTo(w.unnamed) }).click();
    await expect(bob.page.getByRole("group", { name: w.replying })).toContainText(w.unnamed);
    await bob.chat.join("orders.>");
    await expect(bob.page.getByRole("status").filter({ hasText: w.outsideNote })).toBeVisible();
    await bob.chat.show("orders.>");
    await expect(bob.chat.historyStatus()).toHaveText(w.outside);
    await alice.chat.send("one more");
    await expect(bob.chat.room("chat.general")).toContainText(w.unread);

    // the Code region open: alice's with a Post to the programs cannot use (said in a note), bob's on Node
    await alice.page.getByLabel(w.postTo).fill("chat.*");
    await alice.chat.openCode("python");
    await expect(alice.chat.codeRegion().locator("pre")).toContainText('POST_TO = "chat.general"');
    await expect(alice.page.getByText(w.replaced)).toBeVisible();
    await bob.chat.openCode("node");
    await expect(bob.chat.codeRegion().locator("pre")).toContainText('const NAME = "bob";');
    // and an export's outcome
    await alice.chat.exportView("json");
    await expect(alice.chat.exportStatus()).toContainText(w.saved);

    // tall enough for the Code region and the whole conversation below it
    for (const page of [alice.page, bob.page]) await page.setViewportSize({ width: 1280, height: 2600 });
    await expectAccessibleInEveryLook(
      [
        { page: alice.page, what: "chat, alice" },
        { page: bob.page, what: "chat, bob" },
      ],
      {
        // what the story left on screen, said in the page's language (kept from before a switch, too)
        each: async ({ lang }) => {
          const w = WORDS[lang];
          const [a, b] = [alice.chatIn[lang], bob.chatIn[lang]];
          await expect(a.historyStatus()).toContainText(w.storedOne);
          await expect(a.message("said before anyone came")).toContainText(w.fromHistory);
          await expect(a.message("hi alice, bob here").locator("blockquote")).toHaveText(w.quote);
          await expect(a.messages().filter({ hasText: w.forwardedFrom })).toHaveCount(1);
          await expect(a.message("plain text from nats pub").locator(".chat-from")).toHaveText(w.unnamed);
          await expect(a.online()).toContainText("bob");
          await expect(a.online()).toContainText(w.you);
          await expect(alice.page.getByLabel(w.forwardTo)).toHaveValue("chat.*");
          await expect(alice.page.getByRole("alert").filter({ hasText: w.wildcard })).toBeVisible();
          await expect(alice.page.getByLabel(w.postTo)).toHaveValue("chat.*");
          await expect(a.codeRegion().locator("pre")).toContainText('POST_TO = "chat.general"');
          await expect(alice.page.getByText(w.replaced)).toBeVisible();
          await expect(a.exportStatus()).toContainText(w.saved);

          await expect(bob.page.getByRole("group", { name: w.replying })).toContainText(w.unnamed);
          await expect(bob.page.getByRole("status").filter({ hasText: w.outsideNote })).toBeVisible();
          await expect(b.historyStatus()).toHaveText(w.outside);
          await expect(b.room("chat.general")).toContainText(w.unread);
          await expect(b.codeRegion().locator("pre")).toContainText('const NAME = "bob";');
        },
      },
    );
  } finally {
    await foreign.close();
  }
});
