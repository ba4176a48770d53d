import { connect } from "nats";
import { test, expect } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer, envelope } from "./support/chat-server";

test("chat flow - unread counts per room, cleared when its view is opened", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const alice = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const bob = await openTab({ name: "bob", hash: "chat", servers: server.wsUrl });
  const b = new ChatPage(bob.page);
  await b.join("chat.dev");
  await b.show("chat.dev");
  const a = new ChatPage(alice.page);
  await a.expectJoined("chat.general");
  await a.send("one");
  await a.send("two");
  await expect(b.room("chat.general")).toContainText("2 unread");
  await expect(b.rooms().getByRole("listitem").first()).toContainText("2 unread");
  await expect(b.room("chat.dev")).not.toContainText("unread");
  await expect(b.messages()).toHaveCount(0);
  await b.show("chat.general");
  await expect(b.messages()).toHaveCount(2);
  await expect(b.rooms()).not.toContainText("unread");
});

test("chat flow - joining a room while it is busy: stored and live copies merge, each message once, in order", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const foreign = await connect({ servers: server.natsUrl });
  const tab = await openTab({ name: "dave", hash: "chat", servers: server.wsUrl });
  const chat = new ChatPage(tab.page);
  await chat.expectJoined("chat.general");
  try {
    // Three rounds, each on a fresh room: 40 messages stored before, then a dense
    // burst while the tab joins. The overlap (live AND in the stream) is the window
    // between the tab's SUB and its read of the stream: one round trip, so busy.
    for (const room of ["chat.r1", "chat.r2", "chat.r3"]) {
      let sent = 0;
      const say = () => {
        // odd ones as plain text: those are matched with the stream by content, not by id
        foreign.publish(room, sent % 2 ? `m${sent}` : envelope(`${room}-${sent}`, "py", `m${sent}`));
        sent++;
      };
      for (let i = 0; i < 40; i++) say();
      await foreign.flush();
      await tab.page.getByLabel("Room or pattern").fill(room);
      const burst = (async () => {
        // at least 120 ms and 140 messages (a busy machine sends fewer per ms), at most 440
        const end = Date.now() + 120;
        while ((Date.now() < end || sent < 140) && sent < 440) {
          for (let k = 0; k < 6; k++) say();
          await new Promise((r) => setTimeout(r, 1));
        }
        await foreign.flush();
      })();
      await tab.page.getByRole("button", { name: "Join", exact: true }).click();
      await burst;
      await chat.expectJoined(room);
      await chat.show(room);
      await expect.poll(async () => {
        const n = (await chat.messages().locator(".chat-text").allTextContents()).map((t) => Number(t.slice(1)));
        const gaps = n.filter((v, i) => i > 0 && v !== n[i - 1]! + 1).length;
        return { last: n.at(-1), gaps, duplicates: n.length - new Set(n).size, atLeastLast100: n.length >= Math.min(100, sent) };
      }).toEqual({ last: sent - 1, gaps: 0, duplicates: 0, atLeastLast100: true });
    }
  } finally {
    await foreign.close();
  }
});

test("chat flow - a crashed tab disappears from the online list after the expiry", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const alice = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const bob = await openTab({ name: "bob", hash: "chat", servers: server.wsUrl });
  const online = new ChatPage(alice.page).online();
  await expect(online).toContainText("bob");
  const cdp = await bob.context.newCDPSession(bob.page);
  const crashed = Date.now();
  // Page.crash never answers (the page is gone): do not wait for it
  void cdp.send("Page.crash").catch(() => undefined);
  await expect(online).not.toContainText("bob", { timeout: 12_000 });
  // no goodbye from a crash: it is the 6 s expiry that removed bob
  expect(Date.now() - crashed).toBeGreaterThan(3000);
});

test("chat flow - on the locked-down server a tab is a visitor: it reads history and chats, never defines the stream", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats, { auth: true });
  const foreign = await connect({ servers: server.natsUrl });
  try {
    await foreign.jetstream().publish("chat.general", envelope("old-1", "py", "said before anyone came"));
  } finally {
    await foreign.close();
  }
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const chat = new ChatPage(tab.page);
  await expect(chat.historyStatus()).toContainText("History: 1 stored message");
  await expect(chat.message("said before anyone came")).toContainText("from history");
  await chat.send("visitors can post");
  await expect(chat.message("visitors can post")).toHaveCount(1);
});

test("chat flow - messages posted while a tab was cut off are fetched from the stream when it reconnects", async ({ browser, privateNats }) => {
  const server = await chatServer(privateNats);
  const context = await browser.newContext();
  try {
    // the tab's WebSocket goes through us, so we can cut it and refuse reconnects for a while
    let allow = true;
    let current: { close(): Promise<void> } | undefined;
    const port = new URL(server.wsUrl).port;
    await context.routeWebSocket((url) => url.port === port, (ws) => {
      if (!allow) return void ws.close();
      ws.connectToServer();
      current = ws;
    });
    const page = await context.newPage();
    await page.goto(`/?${new URLSearchParams({ servers: server.wsUrl, name: "alice" })}#chat`);
    const chat = new ChatPage(page);
    await chat.expectJoined("chat.general");
    await chat.send("before the cut");
    await expect(chat.message("before the cut")).toHaveCount(1);

    allow = false;
    await current!.close();
    await expect(page.getByRole("status", { name: "Connection status" })).toContainText("Reconnecting");
    const foreign = await connect({ servers: server.natsUrl });
    try {
      await foreign.jetstream().publish("chat.general", envelope("away-1", "bob", "said while alice was away"));
    } finally {
      await foreign.close();
    }
    allow = true;
    await expect(page.getByRole("status", { name: "Connection status" })).toHaveText("Connected", { timeout: 20_000 });
    await expect(chat.message("said while alice was away")).toContainText("from history");
    await expect(chat.message("before the cut")).toHaveCount(1);
    await chat.send("after the cut");
    await expect.poll(() => chat.messages().locator(".chat-text").allTextContents()).toEqual(["before the cut", "said while alice was away", "after the cut"]);
  } finally {
    await context.close();
  }
});
