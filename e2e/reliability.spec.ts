import { connect } from "nats";
import { test, expect, expectConnected } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer } from "./support/chat-server";
import { ADMIN } from "../scripts/nats-server-process.mjs";
import { startChatCluster } from "./support/chat-cluster";

const status = (page: import("@playwright/test").Page) => page.getByRole("status", { name: "Connection status" });

/** every distinct "msg-N" text a chat tab shows, with how many times each appears */
async function seen(chat: ChatPage, prefix: string): Promise<Map<string, number>> {
  const texts = await chat.messages().allTextContents();
  const counts = new Map<string, number>();
  for (const t of texts) for (const m of t.matchAll(new RegExp(`${prefix}-\\d+`, "g"))) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

test("reliability - restart while alice keeps typing: every message reaches bob once, history survives", async ({ openTab, privateNats }) => {
  test.setTimeout(120_000);
  const server = await chatServer(privateNats);
  const [alice, bob] = await Promise.all(["alice", "bob"].map((name) => openTab({ name, hash: "chat", servers: server.wsUrl })));
  const [a, b] = [new ChatPage(alice!.page), new ChatPage(bob!.page)];
  await a.expectJoined("chat.general");
  await b.expectJoined("chat.general");

  const total = 30;
  let sent = 0;
  const send = async () => {
    await a.send(`msg-${sent}`, "chat.general");
    sent++;
  };
  for (let i = 0; i < 10; i++) await send();
  await server.stop();
  await expect(status(alice!.page)).toContainText("Reconnecting");
  // typed during the outage: the client buffers these and sends them on reconnect
  for (let i = 0; i < 10; i++) await send();
  await expect(a.page.getByLabel("Message", { exact: true })).toHaveValue("");
  await server.start();
  await expectConnected(alice!.page, 30_000);
  await expectConnected(bob!.page, 30_000);
  while (sent < total) await send();

  const admin = await connect({ servers: server.natsUrl, ...ADMIN });
  const jsm = await admin.jetstreamManager();
  // every message typed, including the 10 typed during the outage, reached the (file-backed) stream
  await expect.poll(async () => (await jsm.streams.info("CHAT")).state.messages, { timeout: 10_000 }).toBe(total);
  await admin.close();
  await expect.poll(async () => (await seen(b, "msg")).size, { timeout: 30_000 }).toBe(total);
  const atBob = await seen(b, "msg");
  const duplicated = [...atBob.values()].filter((n) => n > 1).length;
  console.log(`restart: sent ${total}, bob received ${atBob.size} distinct, ${duplicated} duplicated, lost ${total - atBob.size}`);
  expect(duplicated).toBe(0);

  // history is on disk: a tab opened after the restart sees all of it, once each
  const carol = new ChatPage((await openTab({ name: "carol", hash: "chat", servers: server.wsUrl })).page);
  await carol.expectJoined("chat.general");
  await expect.poll(async () => (await seen(carol, "msg")).size).toBe(total);
  expect([...(await seen(carol, "msg")).values()].every((n) => n === 1)).toBe(true);
});

test("reliability - 3-node cluster: kill alice's node, she fails over, chat keeps flowing, history intact", async ({ openTab }) => {
  test.setTimeout(150_000);
  const nodes = await startChatCluster();
  try {
    // alice knows all three nodes, bob only node 2: two tabs, usually on different nodes
    const alice = await openTab({ name: "alice", hash: "chat", servers: nodes.map((n) => n.wsUrl).join(",") });
    const bob = await openTab({ name: "bob", hash: "chat", servers: nodes[1]!.wsUrl });
    const [a, b] = [new ChatPage(alice.page), new ChatPage(bob.page)];
    await a.expectJoined("chat.general");
    await b.expectJoined("chat.general");
    const aliceNode = (await alice.page.getByLabel("Connected node").textContent())!.split(" ")[0]!;
    const victim = nodes.find((_, i) => `node-${i + 1}` === aliceNode)!;
    expect(victim).toBeTruthy();

    for (let i = 0; i < 5; i++) await a.send(`fo-${i}`, "chat.general");
    await expect.poll(async () => (await seen(b, "fo")).size).toBe(5);

    const killedAt = Date.now();
    await victim.kill();
    await expect(alice.page.getByLabel("Connected node")).not.toContainText(aliceNode, { timeout: 30_000 });
    await expectConnected(alice.page);
    const failoverMs = Date.now() - killedAt;
    const newNode = (await alice.page.getByLabel("Connected node").textContent())!.split(" ")[0];

    for (let i = 5; i < 10; i++) await a.send(`fo-${i}`, "chat.general");
    await b.send("fo-10", "chat.general");
    await expect.poll(async () => (await seen(b, "fo")).size, { timeout: 20_000 }).toBe(11);
    await expect.poll(async () => (await seen(a, "fo")).size, { timeout: 20_000 }).toBe(11);

    // every post reached the stream, including those made while it elected a new leader. Live tabs see a post at
    // its first publish; the stream may commit it seconds later (the new leader's quorum, or alice's resend), so
    // wait for the stream itself before opening a tab that reads history.
    const admin = await connect({ servers: nodes.filter((n) => n !== victim).map((n) => n.natsUrl), ...ADMIN });
    // (the JetStream API itself may time out while the stream elects its leader: that is a "not yet", polled again)
    const jsm = await admin.jetstreamManager({ checkAPI: false });
    const stored = () => jsm.streams.info("CHAT").then((i) => i.state.messages, (e: Error) => e.message);
    await expect.poll(stored, { timeout: 40_000 }).toBe(11);
    await admin.close();
    // a tab opened now, on a surviving node, reads the whole history (R3: two replicas left)
    const survivors = nodes.filter((n) => n !== victim).map((n) => n.wsUrl).join(",");
    const dave = new ChatPage((await openTab({ name: "dave", hash: "chat", servers: survivors })).page);
    // (right after an election the read may still time out: the tab says so and reads again in 5, 10, 20 s…)
    await expect(dave.historyStatus()).toContainText("History: 11 stored messages", { timeout: 60_000 });
    await dave.expectJoined("chat.general");
    await expect.poll(async () => (await seen(dave, "fo")).size, { timeout: 20_000 }).toBe(11);

    // the node comes back: nothing is shown twice anywhere
    await victim.start();
    await b.send("fo-11", "chat.general");
    for (const chat of [a, b, dave]) await expect.poll(async () => (await seen(chat, "fo")).size, { timeout: 20_000 }).toBe(12);
    for (const chat of [a, b, dave]) expect([...(await seen(chat, "fo")).values()].every((n) => n === 1)).toBe(true);
    console.log(`failover: alice moved ${aliceNode} → ${newNode} in ${failoverMs} ms; 12 sent, 12 received by bob, alice and dave, 0 lost, 0 duplicated`);
  } finally {
    await Promise.allSettled(nodes.map((n) => n.dispose()));
  }
});

test("reliability - history while the stream has lost its quorum: the tab says it tries again, and shows it once the cluster is back", async ({ openTab }) => {
  test.setTimeout(150_000);
  const nodes = await startChatCluster();
  try {
    const urls = nodes.map((n) => n.natsUrl);
    const writer = await connect({ servers: urls, ...ADMIN });
    const js = writer.jetstream();
    for (let i = 0; i < 3; i++) await js.publish("chat.general", new TextEncoder().encode(`q-${i}`));
    await writer.close();

    // two of three nodes down: node-1 still takes connections, the stream cannot answer
    await Promise.all([nodes[1]!.kill(), nodes[2]!.kill()]);
    const dave = new ChatPage((await openTab({ name: "dave", hash: "chat", servers: nodes[0]!.wsUrl })).page);
    await expect(dave.historyStatus()).toContainText("History unavailable", { timeout: 60_000 });
    await expect(dave.historyStatus()).toContainText(/Trying again in \d+ s/);

    await Promise.all([nodes[1]!.start(), nodes[2]!.start()]);
    await expect(dave.historyStatus()).toContainText("History: 3 stored messages", { timeout: 90_000 });
    for (const text of ["q-0", "q-1", "q-2"]) await expect(dave.message(text)).toHaveCount(1);
  } finally {
    await Promise.allSettled(nodes.map((n) => n.dispose()));
  }
});
