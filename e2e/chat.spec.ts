import { connect } from "nats";
import { test, expect } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer } from "./support/chat-server";

test("chat - alice posts, bob (chat.>) replies, alice forwards to chat.dev, carol sees it; dave reads it all from history", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const open = async (name: string) => {
    const tab = await openTab({ name, hash: "chat", servers: server.wsUrl });
    const chat = new ChatPage(tab.page);
    await chat.expectJoined("chat.general");
    return { ...tab, chat };
  };
  const [alice, bob, carol] = await Promise.all([open("alice"), open("bob"), open("carol")]);
  await bob.chat.join("chat.>");
  await carol.chat.join("chat.dev");
  await carol.chat.leave("chat.general");

  await alice.chat.send("hello from alice", "chat.general");
  await expect(alice.page.getByLabel("Message", { exact: true })).toHaveValue("");
  // bob hears it through chat.general AND chat.>: one message, two chips
  const atBob = bob.chat.message("hello from alice");
  await expect(atBob).toHaveCount(1);
  await expect(atBob).toContainText("alice");
  await expect(atBob).toContainText("on chat.general");
  await expect(bob.chat.deliveredBy(atBob).getByText("chat.general", { exact: true })).toBeVisible();
  await expect(bob.chat.deliveredBy(atBob).getByText("chat.>", { exact: true })).toBeVisible();

  await atBob.getByRole("button", { name: "Reply to alice" }).click();
  await expect(bob.page.getByRole("group", { name: "Replying to" })).toContainText("↪ alice: hello from alice");
  await expect(bob.page.getByLabel("Post to")).toHaveValue("chat.general");
  await bob.chat.send("hi alice, bob here");
  const reply = alice.chat.message("hi alice, bob here");
  await expect(reply).toContainText("bob");
  await expect(reply.locator("blockquote")).toHaveText("↪ alice: hello from alice");

  await reply.getByRole("button", { name: "Forward bob's message" }).click();
  await alice.page.getByLabel("Forward to").fill("chat.*");
  await alice.page.getByRole("button", { name: "Send forward" }).click();
  await expect(alice.page.getByText("wildcards are for subscriptions")).toBeVisible();
  await expect(alice.page.getByLabel("Forward to")).toHaveValue("chat.*");
  await alice.page.getByLabel("Forward to").fill("chat.dev");
  await alice.page.getByRole("button", { name: "Send forward" }).click();
  await expect(alice.page.getByRole("status").filter({ hasText: "Forwarded to chat.dev" })).toBeVisible();

  const atCarol = carol.chat.message("hi alice, bob here");
  await expect(atCarol).toContainText("forwarded from chat.general, written by bob");
  await expect(atCarol).toContainText("on chat.dev");
  await expect(atCarol.locator(".chat-from")).toHaveText("alice");
  // carol is only in chat.dev: alice's first message never reached her
  await expect(carol.chat.message("hello from alice")).toHaveCount(0);
  await expect(carol.chat.messages()).toHaveCount(1);
  // bob (chat.>) got the forward too
  await expect(bob.chat.message("hi alice, bob here").filter({ hasText: "forwarded from" })).toHaveCount(1);

  const dave = await open("dave");
  await expect(dave.chat.historyStatus()).toContainText("History: 2 stored messages");
  await expect(dave.chat.messages()).toHaveCount(2);
  await expect(dave.chat.message("hello from alice")).toHaveCount(1);
  await expect(dave.chat.message("hi alice, bob here")).toContainText("↪ alice: hello from alice");
  await expect(dave.chat.messages().first()).toContainText("hello from alice");
  await expect(dave.chat.messages().first()).toContainText("from history");
  // joining chat.> adds the forwarded copy from history and a second chip, never a duplicate
  await dave.chat.join("chat.>");
  await expect(dave.chat.messages()).toHaveCount(3);
  await expect(dave.chat.deliveredBy(dave.chat.message("hello from alice"))).toHaveText(/chat\.general\s*chat\.>/);
});

test("chat - presence: alice sees bob online, and gone soon after his page closes", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const alice = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const bob = await openTab({ name: "bob", hash: "chat", servers: server.wsUrl });
  const aliceChat = new ChatPage(alice.page);
  await new ChatPage(bob.page).join("chat.>");
  await new ChatPage(bob.page).leave("chat.general");
  await expect(aliceChat.online().getByRole("listitem").filter({ hasText: "bob" })).toContainText("chat.>");
  await expect(aliceChat.online()).toContainText("alice (you)");
  // the newcomer sees who was already there (they answer its first heartbeat)
  await expect(new ChatPage(bob.page).online()).toContainText("alice");
  await bob.context.close();
  // 4 s is less than the 6 s expiry: it is bob's goodbye on pagehide that removes him
  await expect(aliceChat.online().getByRole("listitem").filter({ hasText: "bob" })).toHaveCount(0, { timeout: 4000 });
});

test("chat - a foreign client's plain text shows as unnamed, markup is shown literally and never runs", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const dialogs: string[] = [];
  tab.page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const chat = new ChatPage(tab.page);
  await chat.expectJoined("chat.general");
  const foreign = await connect({ servers: server.natsUrl });
  try {
    foreign.publish("chat.general", "hello from nats pub");
    foreign.publish("chat.general", "<img src=x onerror=alert(1)>");
    foreign.publish("chat.general", '{"a":1}');
    foreign.publish("chat.general", "x".repeat(3000));
    foreign.publish("presence.chat.general", '{"id":"p","name":"ghost","patterns":["chat.general"],"at":1}');
    await foreign.flush();
  } finally {
    await foreign.close();
  }
  await expect(chat.message("hello from nats pub").locator(".chat-from")).toHaveText("unnamed");
  await expect(chat.message("<img src=x onerror=alert(1)>")).toHaveCount(1);
  await expect(chat.message('{"a":1}')).toHaveCount(1);
  await expect(tab.page.getByRole("list", { name: "Conversation" }).locator("img")).toHaveCount(0);
  // a 3000-character word wraps inside the list instead of widening the page
  const long = chat.message("x".repeat(3000));
  const box = await long.boundingBox();
  const viewport = tab.page.viewportSize()!;
  expect(box!.width).toBeLessThanOrEqual(viewport.width);
  // presence traffic never shows up as a chat message
  await expect(chat.online()).toContainText("ghost");
  await expect(chat.messages()).toHaveCount(4);
  expect(dialogs).toEqual([]);
});
