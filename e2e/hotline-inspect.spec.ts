import { createInbox, headers as natsHeaders } from "nats";
import type { Msg } from "nats";
import { test, expect } from "./support/fixtures";
import { HotlinePage } from "./support/hotline-page";
import { expectAccessible } from "./support/axe";
import { languageLeaks } from "./support/language-leaks";

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (d: Uint8Array) => new TextDecoder().decode(d);
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const KB512 = 512 * 1024;
/** 512 KB of text: 32 768 rows of "abcdefghijklmnop" in the hex view */
const BIG = "abcdefghijklmnop".repeat(KB512 / 16);
const REPLY_JSON = { ok: true, code: "echo", result: { é: [1, null] }, agent: "node-responder" };

/** Headers as a Node client sends them, a name repeated. */
function headersOf(rows: [string, string][]) {
  const h = natsHeaders();
  for (const [name, value] of rows) h.append(name, value);
  return h;
}

test("hotline inspect - a foreign responder's replies: headers and JSON, every byte value, 512 KB; no responders and a timeout", async ({
  openTab,
  foreign,
  uid,
}) => {
  const subject = `hotline.${uid}`;
  const heard: Msg[] = [];
  // the Node responder answers its calls in turn: JSON with headers, then 0x00–0xFF, then 512 KB of text
  const replies = [
    () => ({ data: encode(JSON.stringify(REPLY_JSON)), headers: headersOf([["X-Trace", "one"], ["X-Trace", "two"], ["Content-Type", "application/json"]]) }),
    () => ({ data: ALL_BYTES, headers: undefined }),
    () => ({ data: encode(BIG), headers: undefined }),
  ];
  foreign.subscribe(subject, {
    callback: (_e, m) => {
      const reply = replies[heard.length]!();
      heard.push(m);
      m.respond(reply.data, { headers: reply.headers });
    },
  });
  // takes calls and never answers: a timeout
  foreign.subscribe(`${subject}.slow`, { callback: () => undefined });
  await foreign.flush();
  const carol = new HotlinePage((await openTab({ name: "carol", hash: "hotline" })).page);
  const message = carol.inspector();

  // 1. headers with a repeated name and a JSON body, asked with the explicit inbox
  await carol.ask({ subject, json: '{"code": "echo", "data": {"é": [1, null]}}', askWith: "explicit inbox" });
  await expect(carol.result()).toContainText('"é": [');
  const inbox = heard[0]!.reply!;
  expect(inbox).toMatch(/^_INBOX\./);
  const replyButton = carol.inspectCall("reply", 1);
  await replyButton.click();
  await expect(message.dialog).toBeVisible();
  await expect(message.fact("Subject")).toHaveText(inbox);
  await expect(message.fact("Reply subject")).toHaveText("none");
  await expect(message.fact("Size")).toHaveText(`${encode(JSON.stringify(REPLY_JSON)).length} bytes`);
  await expect(message.fact("Delivered by")).toHaveText(inbox);
  expect(await message.headers()).toEqual([["X-Trace", "one"], ["X-Trace", "two"], ["Content-Type", "application/json"]]);
  await expect(message.showAs()).toHaveValue("json");
  await expect(message.payload()).toContainText('"é": [');
  await expect(message.payload()).toContainText('"agent": "node-responder"');
  await carol.page.keyboard.press("Escape");
  await expect(message.dialog).toBeHidden();
  await expect(replyButton).toBeFocused();

  // the request as sent: the subject, the inbox as its reply subject, the JSON typed, no headers
  await carol.inspectCall("request", 1).click();
  await expect(message.fact("Subject")).toHaveText(subject);
  await expect(message.fact("Reply subject")).toHaveText(inbox);
  await expect(message.fact("Size")).toHaveText(`${heard[0]!.data.length} bytes`);
  await expect(message.dialog).toContainText("no headers");
  await expect(message.showAs()).toHaveValue("json");
  await expect(message.payload()).toContainText('"code": "echo"');
  expect(decode(heard[0]!.data)).toBe('{"code": "echo", "data": {"é": [1, null]}}');
  await message.close().click();
  await expect(carol.inspectCall("request", 1)).toBeFocused();

  // 2. every byte value, asked with request(): binary in the Result, never replacement characters; hex in the dialog
  await carol.ask({ subject, askWith: "request()", json: '{"code": "ping"}' });
  await expect(carol.result()).toContainText("256 bytes (binary): 00 01 02 03 04 05 06 07 …");
  await expect(carol.result()).toContainText("reply is not UTF-8 text");
  await expect(carol.result()).not.toContainText("\uFFFD");
  await carol.inspectResult("reply").click();
  await expect(message.fact("Size")).toHaveText("256 bytes");
  // request() hides its inbox, but the reply came on it: the same inbox the responder saw as the request's reply subject
  await expect(message.fact("Subject")).toHaveText(heard[1]!.reply!);
  await expect(message.dialog).toContainText("no headers");
  await expect(message.showAs()).toHaveValue("hex");
  await expect(message.payload()).toContainText("00000000 0001 0203 0405 0607 0809 0a0b 0c0d 0e0f ................");
  await expect(message.payload()).toContainText("00000070 7071 7273 7475 7677 7879 7a7b 7c7d 7e7f pqrstuvwxyz{|}~.");
  await expect(message.payload()).toContainText("000000f0 f0f1 f2f3 f4f5 f6f7 f8f9 fafb fcfd feff ................");
  await message.showAs().selectOption("text");
  await expect(message.dialog).toContainText("not valid UTF-8");
  await message.close().click();
  await carol.inspectResult("request").click();
  await expect(message.fact("Reply subject")).toHaveText(heard[1]!.reply!);
  await message.close().click();

  // 3. 512 KB: clipped in the Result, whole in the dialog; the hex view scrolls to its last row
  await carol.ask({ subject });
  await expect(carol.result()).toContainText("524,288 characters in all");
  await carol.inspectCall("reply", 3).click();
  await expect(message.fact("Size")).toHaveText("524,288 bytes");
  await expect(message.showAs()).toHaveValue("text");
  await message.showAs().selectOption("hex");
  await expect(message.payload()).toContainText("00000000 6162 6364 6566 6768 696a 6b6c 6d6e 6f70 abcdefghijklmnop");
  await expect(message.payload()).not.toContainText("0007fff0");
  await message.payload().focus();
  await carol.page.keyboard.press("End");
  await expect(message.payload()).toContainText("0007fff0 6162 6364 6566 6768 696a 6b6c 6d6e 6f70 abcdefghijklmnop");
  await carol.page.keyboard.press("Escape");
  await expect(carol.inspectCall("reply", 3)).toBeFocused();

  // 4. nobody listening, explicit inbox: the server's own 503 status message is the reply, with no payload
  await carol.ask({ subject: `${subject}.nobody`, askWith: "explicit inbox" });
  await expect(carol.result()).toContainText("No responders");
  await carol.inspectCall("reply", 4).click();
  await expect(message.fact("Size")).toHaveText("0 bytes");
  await expect(message.fact("Subject")).toHaveText(/^_INBOX\./);
  expect((await message.headers())[0]).toEqual(["Status", "503"]);
  await carol.page.keyboard.press("Escape");

  // 5. a timeout has no reply: said, and no button for it; request() kept its inbox out of sight
  await carol.ask({ subject: `${subject}.slow`, askWith: "request()", timeoutMs: 300 });
  await expect(carol.result()).toContainText("No reply to inspect: none came within the timeout.");
  await expect(carol.inspectResult("reply")).toHaveCount(0);
  await expect(carol.inspectCall("reply", 5)).toHaveCount(0);
  await expect(carol.history().first()).toContainText("no reply");
  await carol.inspectCall("request", 5).click();
  await expect(message.fact("Subject")).toHaveText(`${subject}.slow`);
  await expect(message.fact("Reply subject")).toHaveText("(made by nats.ws, not shown)");
  await expectAccessible(carol.page, "hotline requester with the Message dialog open");
  await carol.page.keyboard.press("Escape");
  await expect(message.dialog).toHaveCount(0);
});

test("hotline inspect - a foreign requester's headers and JSON, seen by a browser agent; and a request that is not UTF-8", async ({
  openTab,
  foreign,
  uid,
}) => {
  const subject = `hotline.${uid}`;
  const alice = new HotlinePage((await openTab({ name: "alice", hash: "hotline" })).page);
  await alice.answer({ subject });
  const message = alice.inspector();

  // the lab's explicit way, from Node: an inbox of its own, headers with a repeated name, a JSON request
  const ask = async (data: Uint8Array, rows: [string, string][]) => {
    const inbox = createInbox();
    const sub = foreign.subscribe(inbox, { max: 1 });
    foreign.publish(subject, data, { reply: inbox, headers: headersOf(rows) });
    for await (const m of sub) return { inbox, reply: m };
    throw new Error("no reply");
  };
  const request = encode('{"code": "echo", "data": {"é": [1, null]}}');
  const first = await ask(request, [["X-Trace", "a"], ["X-Trace", "b"], ["Accept", "application/json"]]);
  expect(JSON.parse(decode(first.reply.data))).toEqual({ ok: true, code: "echo", result: { é: [1, null] }, agent: "alice" });

  await expect(alice.callsHandled()).toHaveCount(1);
  const requestButton = alice.inspectHandled("request", 1);
  await requestButton.click();
  await expect(message.fact("Subject")).toHaveText(subject);
  await expect(message.fact("Reply subject")).toHaveText(first.inbox);
  await expect(message.fact("Size")).toHaveText(`${request.length} bytes`);
  await expect(message.fact("Delivered by")).toHaveText(subject);
  expect(await message.headers()).toEqual([["X-Trace", "a"], ["X-Trace", "b"], ["Accept", "application/json"]]);
  await expect(message.showAs()).toHaveValue("json");
  await expect(message.payload()).toContainText('"code": "echo"');
  await expectAccessible(alice.page, "hotline agent with the Message dialog open");
  await alice.page.keyboard.press("Escape");
  await expect(requestButton).toBeFocused();

  // the reply as sent: to the requester's inbox, the very bytes the Node client received
  await alice.inspectHandled("reply", 1).click();
  await expect(message.fact("Subject")).toHaveText(first.inbox);
  await expect(message.fact("Reply subject")).toHaveText("none");
  await expect(message.fact("Size")).toHaveText(`${first.reply.data.length} bytes`);
  await expect(message.dialog).toContainText("no headers");
  await message.showAs().selectOption("text");
  await expect(message.payload()).toHaveText(decode(first.reply.data));
  await message.close().click();

  // bytes that are not UTF-8: the log says so in bytes, the agent answers with an error reply
  const second = await ask(ALL_BYTES, [["X-Kind", "binary"]]);
  expect(JSON.parse(decode(second.reply.data))).toMatchObject({ ok: false, agent: "alice" });
  await expect(alice.callsHandled()).toHaveCount(2);
  await expect(alice.callsHandled().first()).toContainText("256 bytes (binary): 00 01 02 03 04 05 06 07 …");
  await expect(alice.callsHandled().first()).not.toContainText("\uFFFD");
  await alice.inspectHandled("request", 2).click();
  await expect(message.showAs()).toHaveValue("hex");
  await expect(message.payload()).toContainText("000000f0 f0f1 f2f3 f4f5 f6f7 f8f9 fafb fcfd feff ................");
  expect(await message.headers()).toEqual([["X-Kind", "binary"]]);
  await alice.page.keyboard.press("Escape");
});

test("hotline inspect - in French: the buttons, the dialog and its words", async ({ openTab, foreign, uid }) => {
  const subject = `hotline.${uid}`;
  const alice = new HotlinePage((await openTab({ name: "alice", hash: "hotline", lang: "fr" })).page, "fr");
  await alice.answer({ subject });
  await foreign.request(subject, encode('{"code": "ping"}'), { timeout: 3000, headers: headersOf([["X-Trace", "un"], ["X-Trace", "deux"]]) });
  await alice.inspectHandled("request", 1).click();
  const message = alice.inspector();
  await expect(message.fact("Sujet")).toHaveText(subject);
  expect(await message.headers()).toEqual([["X-Trace", "un"], ["X-Trace", "deux"]]);
  await expect(message.showAs()).toHaveValue("json");
  await expectAccessible(alice.page, "hotline agent with the Message dialog open (fr)");
  expect(await languageLeaks(alice.page, "fr"), "hotline Message dialog (fr)").toEqual([]);
  await message.close().click();
  await expect(alice.inspectHandled("request", 1)).toBeFocused();
});

test("hotline inspect - past the agent's 8 MB, the oldest calls' bytes are dropped: their rows still open and say so", async ({ openTab, foreign, uid }) => {
  const subject = `hotline.${uid}`;
  const alice = new HotlinePage((await openTab({ name: "alice", hash: "hotline" })).page);
  await alice.answer({ subject });
  // ten requests of 1 000 000 bytes (not JSON: each gets a short error reply): 10 MB of requests for an 8 MB budget
  const big = new Uint8Array(1_000_000).fill(0x78);
  for (let i = 0; i < 10; i++) await foreign.request(subject, big, { timeout: 5000 });
  await expect(alice.callsHandled()).toHaveCount(10);
  const message = alice.inspector();

  await alice.inspectHandled("request", 1).click();
  await expect(message.dialog).toContainText("This message's bytes are no longer kept: the agent keeps the requests and replies of its newest calls, up to 8 MB.");
  await expect(message.fact("Subject")).toHaveText(subject);
  await expect(message.payload()).toHaveCount(0);
  await alice.page.keyboard.press("Escape");
  await expect(alice.inspectHandled("request", 1)).toBeFocused();

  await alice.inspectHandled("request", 10).click();
  await expect(message.fact("Size")).toHaveText("1,000,000 bytes");
  await expect(message.payload()).toContainText("x".repeat(100));
  await alice.page.keyboard.press("Escape");
});
