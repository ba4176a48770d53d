import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer } from "./support/chat-server";

// The lab's chat (V.4) for two people whose browsers speak French: no ?lang= in
// the link, the app follows the browser. Each chooses the rooms to subscribe to
// (wildcards too), and answers a message on its own subject or forwards it to
// another. Every control is found by its French label.
test("chat fr - two French browsers join rooms, post, reply and forward, all in French", async ({ browser, openTab, privateNats }) => {
  const server = await chatServer(privateNats);

  // alice: her link names her; her browser's language is French
  const alice = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl, locale: "fr-FR" });
  const a = alice.page;
  await expect(a.locator("html")).toHaveAttribute("lang", "fr");
  await expect(a.getByRole("tab", { name: "Chat" })).toHaveAttribute("aria-selected", "true");
  const aliceChat = new ChatPage(a, "fr");
  await aliceChat.expectJoined("chat.general");
  await expect(aliceChat.historyStatus()).toHaveText("Historique : 0 message stocké lu dans le flux CHAT (les 100 derniers par salon)");
  await a.getByLabel("Salon ou motif").fill("chat.>");
  await a.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await aliceChat.expectJoined("chat.>");

  // bob: a bare link, so the chat asks for his name, in French
  const bobContext = await browser.newContext({ locale: "fr-FR" });
  try {
    const b = await bobContext.newPage();
    await b.goto(`/?servers=${encodeURIComponent(server.wsUrl)}#chat`);
    await expect(b.getByRole("status", { name: "État de la connexion" })).toHaveText("Connecté", { timeout: 15_000 });
    await expect(b.getByText("Choisissez le nom affiché sur vos messages dans cet onglet.")).toBeVisible();
    await b.getByRole("button", { name: "Rejoindre le chat" }).click();
    await expect(b.getByRole("alert").filter({ hasText: "tapez le nom que les autres verront sur vos messages" })).toBeVisible();
    await b.getByLabel("Votre nom").fill("bob");
    await b.getByRole("button", { name: "Rejoindre le chat" }).click();
    await expect(b.getByText("Vous êtes bob")).toBeVisible();
    const bobChat = new ChatPage(b, "fr");
    await bobChat.expectJoined("chat.general");
    await b.getByLabel("Salon ou motif").fill("chat.dev");
    await b.getByRole("button", { name: "Rejoindre", exact: true }).click();
    await bobChat.expectJoined("chat.dev");

    // each sees the other online
    await expect(aliceChat.online().getByRole("listitem").filter({ hasText: "bob" })).toContainText("chat.dev");
    await expect(aliceChat.online()).toContainText("alice (vous)");

    // bob posts in chat.dev; alice hears it through chat.>
    await b.getByLabel("Publier sur").fill("chat.dev");
    await b.getByLabel("Message", { exact: true }).fill("salut depuis chat.dev");
    await b.getByRole("button", { name: "Envoyer", exact: true }).click();
    await expect(b.getByLabel("Message", { exact: true })).toHaveValue("");
    const atAlice = aliceChat.message("salut depuis chat.dev");
    await expect(atAlice).toContainText("sur chat.dev");
    await expect(aliceChat.deliveredBy(atAlice)).toHaveText("chat.>");
    await expect(atAlice.locator("time")).toHaveText(/^\d{2}:\d{2}:\d{2}$/);

    // alice answers on the same subject, with the keyboard
    await atAlice.getByRole("button", { name: "Répondre à bob" }).click();
    const replying = a.getByRole("group", { name: "Réponse à" });
    await expect(replying).toContainText("Réponse à bob sur chat.dev");
    await expect(replying.locator("blockquote")).toHaveText("↪ bob : salut depuis chat.dev");
    await expect(a.getByLabel("Publier sur")).toHaveValue("chat.dev");
    await expect(a.getByText("une réponse va dans le salon du message")).toBeVisible();
    await expect(a.getByLabel("Message", { exact: true })).toBeFocused();
    await a.keyboard.type("bonjour bob");
    await a.keyboard.press("Enter");
    await expect(replying).toHaveCount(0);
    const reply = bobChat.message("bonjour bob");
    await expect(reply.locator("blockquote")).toHaveText("↪ bob : salut depuis chat.dev");
    await expect(reply).toContainText("alice");

    // bob forwards alice's answer to another room; Escape first closes the form
    const forward = reply.getByRole("button", { name: "Transférer le message d'alice" });
    await forward.click();
    await expect(b.getByLabel("Transférer vers")).toBeFocused();
    await b.keyboard.press("Escape");
    await expect(b.getByLabel("Transférer vers")).toHaveCount(0);
    await expect(forward).toBeFocused();
    await forward.click();
    await b.getByLabel("Transférer vers").fill("chat.*");
    await b.getByRole("button", { name: "Envoyer le transfert" }).click();
    await expect(b.getByRole("alert").filter({ hasText: "les jokers servent aux abonnements" })).toBeVisible();
    await b.getByLabel("Transférer vers").fill("chat.random");
    await b.getByRole("button", { name: "Envoyer le transfert" }).click();
    await expect(sendNote(b)).toHaveText(
      "Transféré vers chat.random : aucun de vos abonnements ne le couvre, il ne s'affiche donc pas ici (rejoignez-le pour le voir)",
    );
    const forwarded = aliceChat.messages().filter({ hasText: "transféré depuis chat.dev, écrit par alice" });
    await expect(forwarded).toHaveCount(1);
    await expect(forwarded).toContainText("sur chat.random");

    // bob leaves chat.general, then posts there: he is told he will not see it
    await b.getByRole("button", { name: "Quitter chat.general" }).click();
    await expect(bobChat.viewButton("chat.general")).toHaveCount(0);
    await b.getByLabel("Publier sur").fill("chat.general");
    await b.getByLabel("Message", { exact: true }).fill("pour ceux du général");
    await b.getByRole("button", { name: "Envoyer", exact: true }).click();
    await expect(sendNote(b)).toHaveText(
      "Envoyé sur chat.general : aucun de vos abonnements ne le couvre, il ne s'affiche donc pas ici (rejoignez-le pour le voir)",
    );
    await expect(aliceChat.message("pour ceux du général")).toHaveCount(1);

    // someone who comes later reads it all from the stream, in French too
    const carol = new ChatPage((await openTab({ name: "carol", hash: "chat", servers: server.wsUrl, locale: "fr-FR" })).page, "fr");
    await expect(carol.historyStatus()).toHaveText("Historique : 1 message stocké lu dans le flux CHAT (les 100 derniers par salon)");
    await expect(carol.message("pour ceux du général")).toContainText("de l'historique");
  } finally {
    await bobContext.close();
  }
});

const sendNote = (page: Page) => page.getByRole("status").filter({ hasText: /^(Envoyé sur|Transféré vers) / });
