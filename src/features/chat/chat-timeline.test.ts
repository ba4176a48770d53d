import { beforeEach, describe, expect, it } from "vitest";
import { buildMessage } from "./chat-envelope";
import { mergeHistory, mergeLive, numbering } from "./chat-timeline";
import { dropPattern, markRead, unreadCounts, viewEntries } from "./chat-views";
import type { ChatEntry, Delivery } from "./chat-timeline";

const env = (id: string, text: string, from = "alice") => JSON.stringify(buildMessage(from, text, id, 1000));
const live = (pattern: string, subject: string, text: string, at = 1000): Delivery => ({ pattern, subject, text, at });
const stored = (pattern: string, subject: string, text: string, seq: number, at = seq * 10): Delivery => ({ pattern, subject, text, at, seq });
const texts = (entries: ChatEntry[]) => entries.map((e) => e.text);

describe("chat-timeline", () => {
  // each test numbers its entries afresh, as each controller does
  let next = numbering();
  beforeEach(() => {
    next = numbering();
  });

  it("live - one envelope delivered by chat.general and chat.> is one entry with two subscriptions", () => {
    const out = mergeLive([], [live("chat.general", "chat.general", env("a", "hi")), live("chat.>", "chat.general", env("a", "hi"))], "all", 100, next);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ from: "alice", text: "hi", via: ["chat.general", "chat.>"], unread: false });
  });

  it("live - the same envelope id on the same subscription again is dropped (a retried publish)", () => {
    const once = mergeLive([], [live("chat.general", "chat.general", env("a", "hi"))], "all", 100, next);
    expect(mergeLive(once, [live("chat.general", "chat.general", env("a", "hi"))], "all", 100, next)).toHaveLength(1);
  });

  it("live - plain text: paired across subscriptions, but said twice is two messages", () => {
    const out = mergeLive(
      [],
      [
        live("chat.general", "chat.general", "hello", 1000),
        live("chat.>", "chat.general", "hello", 1001),
        live("chat.general", "chat.general", "hello", 1002),
        live("chat.>", "chat.general", "hello", 1003),
      ],
      "all",
      100,
      next,
    );
    expect(out.map((e) => e.via)).toEqual([["chat.general", "chat.>"], ["chat.general", "chat.>"]]);
    expect(out[0]!.from).toBeUndefined();
  });

  it("live - plain text on another subject or much later is not paired", () => {
    const out = mergeLive([], [live("chat.*", "chat.dev", "x", 1000), live("chat.>", "chat.general", "x", 1000), live("chat.>", "chat.dev", "x", 5000)], "all", 100, next);
    expect(out).toHaveLength(3);
  });

  it("unread - counted for views not on screen, per subscription and for All", () => {
    const a = mergeLive([], [live("chat.general", "chat.general", env("1", "a"))], "chat.dev", 100, next);
    const b = mergeLive(a, [live("chat.dev", "chat.dev", env("2", "b"))], "chat.dev", 100, next);
    expect(unreadCounts(b)).toEqual({ all: 1, "chat.general": 1 });
    expect(unreadCounts(markRead(b, "chat.general"))).toEqual({ all: 0 });
    const hidden = mergeLive([], [live("chat.dev", "chat.dev", env("3", "c"))], undefined, 100, next);
    expect(hidden[0]!.unread).toBe(true);
  });

  it("history - fills in before live messages, each message once, in stream order", () => {
    const now = mergeLive([], [live("chat.general", "chat.general", env("c", "third"), 5000)], "all", 100, next);
    const out = mergeHistory(
      now,
      "chat.general",
      [stored("chat.general", "chat.general", env("a", "first"), 1), stored("chat.general", "chat.general", env("b", "second"), 2),
        stored("chat.general", "chat.general", env("c", "third"), 3)],
      100,
      next,
    );
    expect(texts(out)).toEqual(["first", "second", "third"]);
    expect(out.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(out.map((e) => e.fromHistory)).toEqual([true, true, false]);
    expect(out.every((e) => !e.unread)).toBe(true);
  });

  it("history - stored copies go before live messages the read did not contain, even if the stream stamped them later", () => {
    // the stream stored m1 at 1005, but the tab got m2 live at 1003: stream order wins
    const seen = mergeLive([], [live("chat.general", "chat.general", env("m2", "second"), 1003)], "all", 100, next);
    const out = mergeHistory(seen, "chat.general", [stored("chat.general", "chat.general", env("m0", "zeroth"), 1, 1004), stored("chat.general", "chat.general", env("m1", "first"), 2, 1005)], 100, next);
    expect(texts(out)).toEqual(["zeroth", "first", "second"]);
    expect(out[0]!.time).toBe(1004);
    // and a live message arriving later still goes last, whatever its clock says
    expect(texts(mergeLive(out, [live("chat.general", "chat.general", env("m3", "third"), 900)], "all", 100, next))).toEqual(["zeroth", "first", "second", "third"]);
  });

  it("history - after an outage, missed messages go between what came before and after, even past the stored window", () => {
    // a long session: m0..m4 live (only m3, m4 still in the stream's window), then an outage
    let out = mergeLive([], [0, 1, 2, 3, 4].map((i) => live("chat.general", "chat.general", env(`m${i}`, `t${i}`), 1000 + i)), "all", 100, next);
    // the read is asked for at 2000; m7 arrives live at 2001 (after the read's snapshot)
    out = mergeLive(out, [live("chat.general", "chat.general", env("m7", "t7"), 2001)], "all", 100, next);
    out = mergeHistory(
      out,
      "chat.general",
      [3, 4, 5, 6].map((i) => stored("chat.general", "chat.general", env(`m${i}`, `t${i}`), i, 1500 + i)),
      100,
      next,
      2000,
    );
    expect(texts(out)).toEqual(["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"]);
  });

  it("history - a room joined later slots its older messages in by time", () => {
    const general = mergeLive([], [live("chat.general", "chat.general", env("g", "general now"), 5000)], "all", 100, next);
    const out = mergeHistory(general, "chat.dev", [stored("chat.dev", "chat.dev", env("d", "dev earlier"), 1, 3000)], 100, next);
    expect(texts(out)).toEqual(["dev earlier", "general now"]);
  });

  it("history - a second subscription's history adds its chip, never a copy", () => {
    const first = mergeHistory([], "chat.general", [stored("chat.general", "chat.general", env("a", "x"), 1)], 100, next);
    const both = mergeHistory(first, "chat.>", [stored("chat.>", "chat.general", env("a", "x"), 1), stored("chat.>", "chat.dev", "plain", 2)], 100, next);
    expect(both.map((e) => [e.text, e.via])).toEqual([["x", ["chat.general", "chat.>"]], ["plain", ["chat.>"]]]);
    const again = mergeHistory(both, "chat.>", [stored("chat.>", "chat.dev", "plain", 2)], 100, next);
    expect(again).toHaveLength(2);
  });

  it("history - plain text seen live is matched by content, one stored copy per live copy", () => {
    const seen = mergeLive([], [live("chat.general", "chat.general", "hello", 1000), live("chat.general", "chat.general", "hello", 3000)], "all", 100, next);
    const out = mergeHistory(
      seen,
      "chat.general",
      [stored("chat.general", "chat.general", "hello", 7), stored("chat.general", "chat.general", "hello", 8), stored("chat.general", "chat.general", "hello", 9)],
      100,
      next,
    );
    expect(out.map((e) => e.seq)).toEqual([7, 8, 9]);
    expect(out.filter((e) => e.fromHistory)).toHaveLength(1);
  });

  it("history - does not mark an unread live message read", () => {
    const unread = mergeLive([], [live("chat.general", "chat.general", env("a", "x"))], undefined, 100, next);
    expect(mergeHistory(unread, "chat.>", [stored("chat.>", "chat.general", env("a", "x"), 1)], 100, next)[0]!.unread).toBe(true);
  });

  it("bounds - the oldest entries go past the limit; views show their newest", () => {
    const many = Array.from({ length: 30 }, (_, i) => live(i % 2 ? "chat.a" : "chat.b", i % 2 ? "chat.a" : "chat.b", env(`m${i}`, `t${i}`), 1000 + i));
    const out = mergeLive([], many, "all", 20, next);
    expect(out).toHaveLength(20);
    expect(out[0]!.text).toBe("t10");
    expect(texts(viewEntries(out, "chat.a", 3))).toEqual(["t25", "t27", "t29"]);
    expect(viewEntries(out, "all", 500)).toHaveLength(20);
  });

  it("leave - drops the subscription's chip and what only it delivered", () => {
    const out = mergeLive([], [live("chat.general", "chat.general", env("a", "x")), live("chat.>", "chat.general", env("a", "x")), live("chat.>", "chat.dev", env("b", "y"))], "all", 100, next);
    expect(dropPattern(out, "chat.>").map((e) => [e.text, e.via])).toEqual([["x", ["chat.general"]]]);
  });
});
