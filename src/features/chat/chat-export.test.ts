import { describe, expect, it } from "vitest";
import type { Host } from "../../host/host";
import { memoryStorage, randomId } from "../../host/host";
import { ManualScheduler } from "../../host/manual-scheduler";
import type { BusMessage, NatsClient } from "../../nats/nats-client";
import { toCsv } from "../../ui/export/csv";
import { createChat } from "./chat-controller";
import { buildForward, buildMessage, buildReply } from "./chat-envelope";
import { CHAT_CSV_COLUMNS, exportedMessage, exportedMessages, exportWhat } from "./chat-export";
import type { ChatEntry, Delivery } from "./chat-timeline";
import { mergeHistory, mergeLive, numbering } from "./chat-timeline";

const enc = new TextEncoder();
const live = (pattern: string, text: string, at: number, subject = "chat.general"): Delivery => ({ pattern, subject, text, at });
const T0 = Date.UTC(2026, 0, 2, 3, 4, 5);

function entries(): ChatEntry[] {
  const next = numbering();
  const hello = buildMessage("alice", "hello, \"world\"\nline 2", "a1", T0);
  let out = mergeLive([], [live("chat.general", JSON.stringify(hello), T0 + 10), live("chat.>", JSON.stringify(hello), T0 + 11)], "all", 100, next);
  const reply = buildReply({ id: "a1", from: "alice", text: hello.text, subject: "chat.general" }, "bob", "hi", "b1", T0 + 20);
  const forward = buildForward({ id: "a1", from: "alice", text: hello.text, subject: "chat.general", sentAt: T0 }, "carol", "c1", T0 + 30);
  out = mergeLive(out, [live("chat.>", JSON.stringify(reply), T0 + 21), live("chat.>", JSON.stringify(forward), T0 + 31, "chat.dev"), live("chat.>", "plain words", T0 + 40)], "all", 100, next);
  out = mergeHistory(out, "chat.>", [{ pattern: "chat.>", subject: "chat.dev", text: "stored before", at: T0 - 1000, seq: 7 }], 100, next, T0);
  return out;
}

describe("chat export", () => {
  it("export - one record per message: envelope, reply, forward, plain text, from the history; times in ISO", () => {
    const rows = exportedMessages(entries().map((entry) => ({ entry })));
    expect(rows.map((r) => [r.n, r.format, r.from, r.text, r.source])).toEqual([
      [1, "text", null, "stored before", "history"],
      [2, "envelope", "alice", "hello, \"world\"\nline 2", "live"],
      [3, "envelope", "bob", "hi", "live"],
      [4, "envelope", "carol", "hello, \"world\"\nline 2", "live"],
      [5, "text", null, "plain words", "live"],
    ]);
    expect(rows[0]).toMatchObject({ subject: "chat.dev", seq: 7, storedAt: new Date(T0 - 1000).toISOString(), receivedAt: null, sentAt: null, id: null });
    expect(rows[1]).toMatchObject({
      id: "a1",
      sentAt: new Date(T0).toISOString(),
      receivedAt: new Date(T0 + 10).toISOString(),
      storedAt: null,
      deliveredBy: ["chat.general", "chat.>"],
      replyTo: null,
      forwardedFrom: null,
      kept: false,
      headers: null,
      size: null,
      binary: null,
    });
    expect(rows[2]!.replyTo).toEqual({ id: "a1", from: "alice", text: 'hello, "world" line 2', subject: "chat.general" });
    expect(rows[3]!.forwardedFrom).toEqual({ id: "a1", from: "alice", subject: "chat.general", sentAt: new Date(T0).toISOString() });
    // JSON as the file has it: nothing lost on the way
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it("export - a kept wire adds headers (in order, repeated), reply subject and size; bytes that are not UTF-8 in base64", () => {
    const [e] = mergeLive([], [{ pattern: "chat.general", subject: "chat.general", text: "\u00003:x", at: T0, binary: { size: 3, preview: "ff 00 80" } }], "all", 10, numbering());
    const data = new Uint8Array([0xff, 0x00, 0x80]);
    const headers = [["X-Tag", "a"], ["X-Tag", "b"]] as const;
    expect(exportedMessage({ entry: e!, wire: { data, headers, reply: "lab.replies" } }, 1)).toMatchObject({
      format: "binary",
      text: "",
      kept: true,
      headers: [{ name: "X-Tag", value: "a" }, { name: "X-Tag", value: "b" }],
      replySubject: "lab.replies",
      size: 3,
      binary: { size: 3, base64: "/wCA", preview: "ff 00 80" },
    });
    expect(exportedMessage({ entry: e! }, 1)).toMatchObject({ kept: false, headers: null, size: 3, binary: { base64: null, preview: "ff 00 80" } });
  });

  it("export - CSV: one row per message, commas, quotes and newlines quoted, patterns and headers readable", () => {
    const rows = exportedMessages(entries().map((entry, i) => ({ entry, wire: i === 1 ? { data: enc.encode("{}"), headers: [["Nats-Msg-Id", "a1"], ["X-Note", "a, b"]] } : undefined })));
    const csv = toCsv(CHAT_CSV_COLUMNS, rows);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "n,id,from,text,format,subject,sent_at,received_at,stored_at,source,seq,delivered_by,reply_to_id,reply_to_from,reply_to_subject,reply_to_text," +
        "forwarded_from_id,forwarded_from_from,forwarded_from_subject,forwarded_from_sent_at,headers,reply_subject,size,kept",
    );
    expect(csv).toContain(
      `2,a1,alice,"hello, ""world""\nline 2",envelope,chat.general,${new Date(T0).toISOString()},${new Date(T0 + 10).toISOString()},,live,,chat.general chat.>,,,,,,,,,"Nats-Msg-Id: a1\nX-Note: a, b",,2,true\r\n`,
    );
    expect(lines.filter((l) => /^\d+,/.test(l))).toHaveLength(5);
  });

  it("export - the file says which view: all, a room, a wildcard as a word", () => {
    expect(["all", "chat.general", "chat.*", "chat.>"].map(exportWhat)).toEqual(["chat-all", "chat-chat.general", "chat-chat.star", "chat-chat.gt"]);
  });
});

function manualHost(scheduler: ManualScheduler): Host {
  return {
    now: scheduler.now,
    elapsed: scheduler.elapsed,
    setTimeout: scheduler.setTimeout,
    every: scheduler.every,
    nextFrame: scheduler.nextFrame,
    yieldThen: scheduler.yieldThen,
    storage: memoryStorage(),
    visibility: { visible: () => true, onChange: () => () => undefined },
    onLeave: () => () => undefined,
    randomId,
  };
}

describe("chat export (controller side)", () => {
  it("export - the view on screen, oldest first, with the wires the tab still keeps", async () => {
    const subs = new Map<string, (m: BusMessage) => void>();
    const client: NatsClient = {
      name: "tester",
      publish: () => "sent",
      subscribe: (subject, onMessage) => {
        subs.set(subject, onMessage);
        return { sid: subs.size, subject, unsubscribe: () => subs.delete(subject), isClosed: () => false, ready: () => Promise.resolve() };
      },
      request: () => Promise.reject(new Error("not used")),
      newInbox: () => "_INBOX.test",
      flush: () => Promise.resolve(),
      rtt: () => Promise.resolve(0),
      server: () => undefined,
      isConnected: () => true,
      onStatus: () => () => undefined,
    };
    const deliver = (pattern: string, subject: string, text: string, headerList?: [string, string][]) =>
      subs.get(pattern)!({ subject, data: enc.encode(text), text, headerList, headers: headerList && Object.fromEntries(headerList), sid: 1, respond: () => false });
    const scheduler = new ManualScheduler();
    scheduler.time = T0;
    const chat = createChat({ client, host: manualHost(scheduler) }, { readHistory: async () => ({ ok: true, messages: [] }) });
    try {
      chat.editJoin("chat.dev");
      chat.joinRoom();
      await expect.poll(() => Object.values(chat.store.getState().history).map((h) => h.state)).toEqual(["loaded", "loaded"]);
      deliver("chat.general", "chat.general", JSON.stringify(buildMessage("alice", "one", "m1", T0)), [["Nats-Msg-Id", "m1"]]);
      deliver("chat.dev", "chat.dev", "two");
      scheduler.advance(1000);
      expect(exportedMessages(chat.exportable()).map((m) => [m.text, m.headers])).toEqual([
        ["one", [{ name: "Nats-Msg-Id", value: "m1" }]],
        ["two", []],
      ]);
      chat.selectView("chat.dev");
      expect(exportedMessages(chat.exportable()).map((m) => [m.n, m.text, m.deliveredBy])).toEqual([[1, "two", ["chat.dev"]]]);
    } finally {
      chat.stop();
    }
  });
});
