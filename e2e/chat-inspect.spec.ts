import { spawnSync } from "node:child_process";
import { connect, headers } from "nats";
import { test, expect } from "./support/fixtures";
import { expectAccessible } from "./support/axe";
import { languageLeaks } from "./support/language-leaks";
import { ChatPage } from "./support/chat-page";
import { chatServer } from "./support/chat-server";
import { MessageDialog } from "./support/message-dialog";
import { requirePython } from "./support/python-client";

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
/** 512 KB of text: 8192 lines of 64 bytes */
const BIG = Array.from({ length: 8192 }, (_, i) => `line ${String(i).padStart(5, "0")} `.padEnd(63, "~") + "\n").join("");
const JSON_PAYLOAD = '{"sensor":"t1","values":[1,2,3]}';

// The inspector in the Chat: messages from a foreign client (the Node `nats`
// package, nats-py) with what the lab's clients can send, each opened from the
// conversation and checked; a message of another tab; one read from the history.
test("chat inspect - a foreign client's headers, reply subject, JSON, all 256 byte values and 512 KB, each opened from the conversation", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const chat = new ChatPage(tab.page);
  const dlg = new MessageDialog(tab.page);
  await chat.expectJoined("chat.general");
  await chat.join("chat.>");
  const foreign = await connect({ servers: server.natsUrl, name: "foreign-node-client" });
  try {
    const h = headers();
    h.append("X-Trace", "one");
    h.append("X-Trace", "two");
    h.append("Content-Type", "application/json");
    foreign.publish("chat.general", JSON_PAYLOAD, { headers: h, reply: "lab.replies.1" });
    foreign.publish("chat.general", ALL_BYTES);
    foreign.publish("chat.dev", BIG);
    await foreign.flush();

    // headers with a repeated name, a reply subject, JSON: delivered by both subscriptions, shown once
    const json = chat.message(JSON_PAYLOAD);
    await expect(json).toHaveCount(1);
    const openJson = chat.inspectButton(json, "unnamed");
    await openJson.click();
    await expect(dlg.dialog).toBeVisible();
    await expect(dlg.fact("Subject")).toHaveText("chat.general");
    await expect(dlg.fact("Reply subject")).toHaveText("lab.replies.1");
    await expect(dlg.fact("Size")).toHaveText(`${JSON_PAYLOAD.length} bytes`);
    await expect(dlg.fact("Delivered by").getByText("chat.general", { exact: true })).toBeVisible();
    await expect(dlg.fact("Delivered by").getByText("chat.>", { exact: true })).toBeVisible();
    await expect.poll(() => dlg.headerRows()).toEqual([["X-Trace", "one"], ["X-Trace", "two"], ["Content-Type", "application/json"]]);
    await expect(dlg.showAs()).toHaveValue("json");
    await expect.poll(() => dlg.drawnLines()).toEqual(["{", '  "sensor": "t1",', '  "values": [', "    1,", "    2,", "    3", "  ]", "}"]);
    await expectAccessible(tab.page, "chat, the inspector open on JSON");
    await dlg.closeByEscape(openJson);

    // every byte value: "N bytes (binary)" in the conversation, never replacement characters; hex in the inspector
    const binary = chat.message("256 bytes (binary): 00 01 02 03 04 05 06 07 …");
    await expect(binary).toHaveCount(1);
    await expect(chat.messages().filter({ hasText: "\ufffd" })).toHaveCount(0);
    const openBinary = chat.inspectButton(binary, "unnamed");
    await openBinary.click();
    await expect(dlg.fact("Size")).toHaveText("256 bytes");
    await expect(dlg.fact("Reply subject")).toHaveText("none");
    await expect(dlg.noHeaders()).toBeVisible();
    await expect(dlg.showAs()).toHaveValue("hex");
    await expect.poll(async () => (await dlg.drawnLines()).length).toBe(16);
    const rows = await dlg.drawnLines();
    expect(rows[0]).toBe("00000000 0001 0203 0405 0607 0809 0a0b 0c0d 0e0f ................");
    expect(rows[4]).toBe("00000040 4041 4243 4445 4647 4849 4a4b 4c4d 4e4f @ABCDEFGHIJKLMNO");
    expect(rows[15]).toBe("000000f0 f0f1 f2f3 f4f5 f6f7 f8f9 fafb fcfd feff ................");
    await dlg.showAs().selectOption({ label: "Text" });
    await expect(dlg.dialog).toContainText("This payload is not valid UTF-8 text");
    await dlg.closeByEscape(openBinary);

    // 512 KB: the conversation shows its start; the inspector all of it, a window at a time
    const big = chat.messages().filter({ hasText: "line 00000 ~~~" });
    await expect(big).toContainText("(the first 4,000 of 524,288 characters: Inspect shows them all)");
    const openBig = chat.inspectButton(big, "unnamed");
    await openBig.click();
    await expect(dlg.fact("Subject")).toHaveText("chat.dev");
    await expect(dlg.fact("Size")).toHaveText("524,288 bytes");
    await expect(dlg.fact("Delivered by")).toHaveText("chat.>");
    await expect(dlg.showAs()).toHaveValue("text");
    await expect(dlg.line("line 00000 ~")).toBeVisible();
    await dlg.scrollToEnd();
    await expect(dlg.line("line 08191 ~")).toBeVisible();
    await dlg.showAs().selectOption({ label: "Hex" });
    // NOTE: the list keeps its scroll position across views (src/ui/inspector): back to the top first
    await dlg.scrollToStart();
    await expect(dlg.line("00000000 6c69 6e65 2030 3030 3030 207e 7e7e 7e7e line 00000 ~~~~~")).toBeVisible();
    await dlg.scrollToEnd();
    await expect(dlg.line("0007fff0 7e7e 7e7e 7e7e 7e7e 7e7e 7e7e 7e7e 7e0a ~~~~~~~~~~~~~~~.")).toBeVisible();
    await dlg.closeByEscape(openBig);
  } finally {
    await foreign.close();
  }
});

test("chat inspect - bytes with a header and a reply subject from the lab's Python client (nats-py)", async ({ openTab, privateNats }) => {
  const python = requirePython();
  const server = await chatServer(privateNats);
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const chat = new ChatPage(tab.page);
  const dlg = new MessageDialog(tab.page);
  await chat.expectJoined("chat.general");
  const script = `
import asyncio, sys
import nats

async def main():
    nc = await nats.connect(sys.argv[1], name="lab-python")
    await nc.publish("chat.general", b"\\x89PNG\\r\\n\\x1a\\n" + bytes(range(120, 140)), reply="py.replies", headers={"Lab-Client": "nats-py"})
    await nc.flush()
    await nc.close()

asyncio.run(main())
`;
  const run = spawnSync(python, ["-c", script, server.natsUrl], { encoding: "utf8", timeout: 30_000 });
  expect(run.status, run.stderr).toBe(0);
  const png = chat.message("28 bytes (binary): 89 50 4e 47 0d 0a 1a 0a …");
  await expect(png).toHaveCount(1);
  const open = chat.inspectButton(png, "unnamed");
  await open.click();
  await expect(dlg.fact("Reply subject")).toHaveText("py.replies");
  await expect.poll(() => dlg.headerRows()).toEqual([["Lab-Client", "nats-py"]]);
  await expect.poll(() => dlg.drawnLines()).toEqual([
    "00000000 8950 4e47 0d0a 1a0a 7879 7a7b 7c7d 7e7f .PNG....xyz{|}~.",
    "00000010 8081 8283 8485 8687 8889 8a8b           ............",
  ]);
  await dlg.closeByEscape(open);
});

test("chat inspect - another tab's message (its envelope, its Nats-Msg-Id), and the same read from the history", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const open = async (name: string) => {
    const tab = await openTab({ name, hash: "chat", servers: server.wsUrl });
    const chat = new ChatPage(tab.page);
    await chat.expectJoined("chat.general");
    return { ...tab, chat, dlg: new MessageDialog(tab.page) };
  };
  const [alice, bob] = await Promise.all([open("alice"), open("bob")]);
  await bob.chat.send("hello from bob");
  const foreign = await connect({ servers: server.natsUrl, name: "foreign-node-client" });
  try {
    const h = headers();
    h.append("X-Tag", "first");
    h.append("X-Tag", "second");
    await foreign.jetstream().publish("chat.general", "stored with two tags", { headers: h });
  } finally {
    await foreign.close();
  }

  // live, at alice: the envelope as JSON, pretty; its own Nats-Msg-Id
  const atAlice = alice.chat.message("hello from bob");
  const inspectAtAlice = alice.chat.inspectButton(atAlice, "bob");
  await inspectAtAlice.click();
  await expect(alice.dlg.showAs()).toHaveValue("json");
  const lines = async (d: MessageDialog) => (await d.drawnLines()).join("\n");
  await expect.poll(() => lines(alice.dlg)).toContain('"from": "bob",\n  "text": "hello from bob",');
  const id = /"id": "([0-9a-f]+)"/.exec(await lines(alice.dlg))![1]!;
  await expect.poll(() => alice.dlg.headerRows()).toEqual([["Nats-Msg-Id", id]]);
  await alice.dlg.closeByEscape(inspectAtAlice);

  // carol comes later: both read from the CHAT stream, inspected like live messages
  const carol = await open("carol");
  await expect(carol.chat.historyStatus()).toContainText("History: 2 stored messages");
  const stored = carol.chat.message("hello from bob");
  await expect(stored).toContainText("from history");
  const inspectStored = carol.chat.inspectButton(stored, "bob");
  await inspectStored.click();
  await expect.poll(() => carol.dlg.headerRows()).toEqual([["Nats-Msg-Id", id]]);
  await expect(carol.dlg.fact("Reply subject")).toHaveText("none");
  await expect(carol.dlg.fact("Delivered by")).toHaveText("chat.general");
  await expect.poll(() => lines(carol.dlg)).toContain(`"id": "${id}",\n  "from": "bob",\n  "text": "hello from bob",`);
  await carol.dlg.closeByEscape(inspectStored);

  const tagged = carol.chat.message("stored with two tags");
  const inspectTagged = carol.chat.inspectButton(tagged, "unnamed");
  await inspectTagged.click();
  await expect.poll(() => carol.dlg.headerRows()).toEqual([["X-Tag", "first"], ["X-Tag", "second"]]);
  await expect(carol.dlg.showAs()).toHaveValue("text");
  await expect.poll(() => carol.dlg.drawnLines()).toEqual(["stored with two tags"]);
  await carol.dlg.closeByEscape(inspectTagged);
});

test("chat inspect - in French, dark: binary said in French; past the 8 MB kept, an older message still opens and says so", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl, lang: "fr", colorScheme: "dark" });
  const chat = new ChatPage(tab.page, "fr");
  const dlg = new MessageDialog(tab.page, "fr");
  await chat.expectJoined("chat.general");
  const foreign = await connect({ servers: server.natsUrl, name: "foreign-node-client" });
  try {
    foreign.publish("chat.general", "le premier");
    // 16 × 512 KB: the 8 MB this tab keeps, without the first message
    for (let i = 0; i < 16; i++) foreign.publish("chat.general", new Uint8Array(512 * 1024).fill(0xff).fill(i, 0, 1));
    await foreign.flush();
  } finally {
    await foreign.close();
  }
  const last = chat.message("524 288 octets (binaire) : 0f ff ff ff ff ff ff ff …".replace(/ (?=\d{3} )/, "\u202f"));
  await expect(last).toHaveCount(1);
  const openLast = chat.inspectButton(last, "sans nom");
  await expect(openLast).toHaveText("Inspecter");
  await openLast.click();
  await expect(dlg.showAs()).toHaveValue("hex");
  await expect.poll(async () => (await dlg.drawnLines())[0]).toBe("00000000 0fff ffff ffff ffff ffff ffff ffff ffff ................");
  await expectAccessible(tab.page, "chat, the inspector open (fr, dark)");
  expect(await languageLeaks(tab.page, "fr")).toEqual([]);
  await dlg.closeByEscape(openLast);

  const first = chat.message("le premier");
  const openFirst = chat.inspectButton(first, "sans nom");
  await openFirst.click();
  await expect(dlg.dialog).toContainText("Cet onglet ne garde plus les données ni les en-têtes de ce message");
  await expect(dlg.fact("Sujet")).toHaveText("chat.general");
  await expect(dlg.payload()).toHaveCount(0);
  await expectAccessible(tab.page, "chat, the inspector on a message no longer kept (fr, dark)");
  expect(await languageLeaks(tab.page, "fr")).toEqual([]);
  await dlg.closeByEscape(openFirst);
});
