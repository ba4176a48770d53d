import { connect, headers } from "nats";
import { test, expect } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer, envelope } from "./support/chat-server";
import { parseCsv } from "./support/csv";

// The Chat's Export: the conversation of the view on screen (All, or one room) as
// JSON and CSV files, checked against what the conversation shows; the CSV's
// quoting with a text of commas, quotes and a newline; and an export after a flood.

const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}`;
const NASTY = 'she said "hi, there"\nsecond line, with a comma';

type Item = {
  n: number;
  id: string | null;
  from: string | null;
  text: string;
  format: string;
  subject: string;
  sentAt: string | null;
  receivedAt: string | null;
  storedAt: string | null;
  source: string;
  deliveredBy: string[];
  replyTo: { from: string; text: string; subject: string } | null;
  kept: boolean;
  headers: { name: string; value: string }[] | null;
};
type ChatFile = { what: string; exportedAt: string; count: number; view: string; items: Item[] };


test("chat export - All as JSON and one room as CSV: the conversation as shown, history and live, headers, quoting intact", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const foreign = await connect({ servers: server.natsUrl, name: "foreign-node-client" });
  try {
    await foreign.jetstream().publish("chat.general", envelope("old-1", "carol", "said before anyone came"));
    const open = async (name: string) => {
      const tab = await openTab({ name, hash: "chat", servers: server.wsUrl });
      const chat = new ChatPage(tab.page);
      await chat.expectJoined("chat.general");
      await chat.join("chat.dev");
      return chat;
    };
    const alice = await open("alice");
    const bob = await open("bob");
    await expect(alice.message("said before anyone came")).toHaveCount(1);

    await bob.send(NASTY, "chat.dev");
    // bob's post reaches alice before the foreign one is sent: the order below is arrival order
    await expect(alice.messages().filter({ hasText: "second line, with a comma" })).toContainText("bob");
    const h = headers();
    h.append("X-Note", "a, b");
    h.append("X-Note", "c");
    foreign.publish("chat.general", 'plain, "quoted" words', { headers: h });
    await foreign.flush();
    await expect(alice.messages()).toHaveCount(3);
    await expect(alice.message('plain, "quoted" words')).toHaveCount(1);

    // All: every message, oldest first, as the conversation lists them
    const json = await alice.exportView("json");
    expect(json.name).toMatch(new RegExp(`^chat-all-${STAMP}\\.json$`));
    const file = JSON.parse(json.text) as ChatFile;
    expect(file).toMatchObject({ what: "chat-all", count: 3, view: "all" });
    expect(file.items.map((m) => [m.from, m.text, m.subject, m.source, m.deliveredBy])).toEqual([
      ["carol", "said before anyone came", "chat.general", "history", ["chat.general"]],
      ["bob", NASTY, "chat.dev", "live", ["chat.dev"]],
      [null, 'plain, "quoted" words', "chat.general", "live", ["chat.general"]],
    ]);
    const [old, nasty, plain] = file.items;
    expect(old).toMatchObject({ id: "old-1", format: "envelope", receivedAt: null, kept: true });
    expect(old!.storedAt).toMatch(/^\d{4}-.*Z$/);
    expect(nasty).toMatchObject({ format: "envelope", kept: true, storedAt: null });
    expect(nasty!.sentAt).toMatch(/Z$/);
    expect(nasty!.receivedAt).toMatch(/Z$/);
    expect(nasty!.headers).toEqual([{ name: "Nats-Msg-Id", value: nasty!.id }]);
    expect(plain).toMatchObject({ id: null, format: "text", headers: [{ name: "X-Note", value: "a, b" }, { name: "X-Note", value: "c" }] });
    await expect(alice.exportStatus()).toContainText(`Saved ${json.name} (3 rows)`);
    // the texts as the conversation shows them
    const shown = await alice.messages().locator("p[translate=no]").allTextContents();
    expect(shown).toEqual(file.items.map((m) => m.text));

    // one room as CSV: one record per message, the text with its commas, quotes and newline intact
    await alice.show("chat.dev");
    const csv = await alice.exportView("csv");
    expect(csv.name).toMatch(new RegExp(`^chat-chat\\.dev-${STAMP}\\.csv$`));
    expect(csv.text.startsWith("\uFEFF")).toBe(true);
    expect(csv.text).toContain(`,"${NASTY.replaceAll('"', '""')}",`);
    const [head, ...records] = parseCsv(csv.text.slice(1));
    expect(records).toHaveLength(1);
    const record = Object.fromEntries(head!.map((k, i) => [k, records[0]![i]]));
    expect(record).toMatchObject({ n: "1", from: "bob", text: NASTY, format: "envelope", subject: "chat.dev", source: "live", delivered_by: "chat.dev", kept: "true" });
    expect(record.headers).toBe(`Nats-Msg-Id: ${nasty!.id}`);
  } finally {
    await foreign.close();
  }
});

test("chat export - after a flood of 2000 messages: every one in the file, and the tab keeps answering", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const chat = new ChatPage(tab.page);
  await chat.expectJoined("chat.general");
  const foreign = await connect({ servers: server.natsUrl });
  try {
    for (let i = 0; i < 2000; i++) {
      foreign.publish("chat.general", i % 2 ? `flood ${i}` : envelope(`f${i}`, "flooder", `flood ${i}`));
      if (i % 500 === 499) await foreign.flush();
    }
    await foreign.flush();
  } finally {
    await foreign.close();
  }
  await expect(chat.message("flood 1999")).toHaveCount(1, { timeout: 30_000 });

  const message = tab.page.getByLabel("Message", { exact: true });
  const json = await chat.exportView("json", async () => {
    // the tab answers at once: typing shows, a view is picked
    await message.fill("still typing");
    await expect(message).toHaveValue("still typing");
    await chat.show("chat.general");
    await chat.show("All");
  });
  const file = JSON.parse(json.text) as ChatFile;
  expect(file.count).toBe(2000);
  expect(file.items.map((m) => m.text)).toEqual(Array.from({ length: 2000 }, (_, i) => `flood ${i}`));
  expect(file.items.map((m) => m.from).slice(0, 2)).toEqual(["flooder", null]);
  await expect(chat.exportStatus()).toContainText("(2,000 rows)");

  const csv = await chat.exportView("csv", async () => {
    await chat.send("sent while exporting");
  });
  expect(parseCsv(csv.text.slice(1))).toHaveLength(2001);
  await expect(chat.message("sent while exporting")).toHaveCount(1);
});
