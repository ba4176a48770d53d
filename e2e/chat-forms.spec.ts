import { test, expect } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer } from "./support/chat-server";

test("chat forms - bad pattern, wildcard target and empty message are refused inline, the text stays", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const p = tab.page;
  const chat = new ChatPage(p);
  await chat.expectJoined("chat.general");

  await p.getByLabel("Room or pattern").fill("chat.>.x");
  await p.getByRole("button", { name: "Join", exact: true }).click();
  await expect(p.getByText("'>' must be the last token")).toBeVisible();
  await expect(p.getByLabel("Room or pattern")).toHaveValue("chat.>.x");
  await expect(p.getByLabel("Room or pattern")).toHaveAttribute("aria-invalid", "true");
  await p.getByLabel("Room or pattern").fill("chat.general");
  await p.getByRole("button", { name: "Join", exact: true }).click();
  await expect(p.getByText("already in chat.general")).toBeVisible();

  await p.getByRole("button", { name: "Send", exact: true }).click();
  await expect(p.getByText("the message is empty")).toBeVisible();

  await chat.send("to everyone", "chat.*");
  await expect(p.getByText("wildcards are for subscriptions")).toBeVisible();
  await expect(p.getByLabel("Message", { exact: true })).toHaveValue("to everyone");
  await expect(chat.messages()).toHaveCount(0);

  await p.getByLabel("Post to").fill("chat.general");
  await p.getByLabel("Message", { exact: true }).press("Enter");
  await expect(chat.message("to everyone")).toHaveCount(1);

  await chat.send("into the void", "chat.random");
  await expect(p.getByText("Sent to chat.random: none of your subscriptions covers it")).toBeVisible();
});

test("chat forms - an oversized message is refused before sending, naming max_payload; without JetStream chat still works live", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats, { maxPayload: 2048, jetstream: false });
  const alice = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const bob = await openTab({ name: "bob", hash: "chat", servers: server.wsUrl });
  const [a, b] = [new ChatPage(alice.page), new ChatPage(bob.page)];
  await expect(a.historyStatus()).toHaveText("History unavailable: JetStream is not enabled on this server. Live messages still arrive.");
  await a.expectJoined("chat.general");
  await b.expectJoined("chat.general");
  const big = "y".repeat(2100);
  await a.send(big);
  await expect(alice.page.getByText(/max_payload is 2 KB \(2048 bytes\): shorten it/)).toBeVisible();
  await expect(alice.page.getByLabel("Message", { exact: true })).toHaveValue(big);
  await a.send("small enough");
  await expect(b.message("small enough")).toHaveCount(1);
  await expect(b.message(big)).toHaveCount(0);
  // the connection survived: a second message still flows
  await a.send("still here");
  await expect(b.message("still here")).toHaveCount(1);
});

test("chat forms - a missing stream says history is unavailable and how to create it", async ({ openTab, privateNats }) => {
  const server = await privateNats();
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  await expect(new ChatPage(tab.page).historyStatus()).toContainText("History unavailable: the stream CHAT does not exist on this server");
});

test("chat forms - a tab without ?name= asks once, and keeps the name and rooms across a reload", async ({ browser, privateNats }) => {
  const server = await chatServer(privateNats);
  const context = await browser.newContext();
  try {
    const p = await context.newPage();
    await p.goto(`/?servers=${encodeURIComponent(server.wsUrl)}#chat`);
    const chat = new ChatPage(p);
    await expect(p.getByLabel("Message", { exact: true })).toHaveCount(0);
    await p.getByRole("button", { name: "Join chat" }).click();
    await expect(p.getByText("type the name others will see")).toBeVisible();
    await p.getByLabel("Your name").fill("erin");
    await p.getByRole("button", { name: "Join chat" }).click();
    await expect(p.getByText("You are erin")).toBeVisible();
    await chat.join("chat.dev");
    await chat.send("erin was here", "chat.dev");
    await expect(chat.message("erin was here")).toHaveCount(1);

    await p.reload();
    await expect(p.getByText("You are erin")).toBeVisible();
    await expect(p.getByLabel("Your name")).toHaveCount(0);
    await chat.expectJoined("chat.dev");
    await expect(chat.message("erin was here")).toHaveCount(1);
    await expect(chat.message("erin was here")).toContainText("from history");
  } finally {
    await context.close();
  }
});
