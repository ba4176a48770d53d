import { connect } from "nats";
import { test, expect } from "./support/fixtures";
import { expectAccessible } from "./support/axe";
import { languageLeaks } from "./support/language-leaks";
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

// Two people chatting, in both languages and both colour schemes: a message from
// the history, a reply quoting another, a forward, plain text from a foreign
// client, someone online, the history line, an open forward form with its error,
// a reply under way, a join note and an unread count; the Code region open (on
// Python with a note for alice, on Node for bob) and an export's outcome. axe finds
// nothing, and no word of the other language shows.
for (const lang of ["en", "fr"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`a11y - chat in ${lang}, ${colorScheme}: a conversation with a reply, a forward and a foreign client`, async ({ openTab, privateNats }) => {
      const w = WORDS[lang];
      const server = await chatServer(privateNats);
      const foreign = await connect({ servers: server.natsUrl, name: "foreign-node-client" });
      try {
        await foreign.jetstream().publish("chat.general", envelope("old-1", "carol", "said before anyone came"));
        const open = async (name: string) => {
          const tab = await openTab({ name, hash: "chat", servers: server.wsUrl, lang, colorScheme });
          // tall enough for the whole conversation: axe cannot judge the contrast of text scrolled out of view
          await tab.page.setViewportSize({ width: 1280, height: 1400 });
          const chat = new ChatPage(tab.page, lang);
          await chat.expectJoined("chat.general");
          return { ...tab, chat };
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
        await expect(alice.page.getByRole("status").filter({ hasText: w.forwarded })).toBeVisible();
        await expect(alice.chat.messages().filter({ hasText: w.forwardedFrom })).toHaveCount(1);
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

        for (const [who, page] of [["alice", alice.page], ["bob", bob.page]] as const) {
          // tall enough for the Code region and the whole conversation below it
          await page.setViewportSize({ width: 1280, height: 2600 });
          await expectAccessible(page, `chat, ${who} (${lang}, ${colorScheme})`);
          expect(await languageLeaks(page, lang), who).toEqual([]);
        }
      } finally {
        await foreign.close();
      }
    });
  }
}
