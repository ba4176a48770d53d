import { describe, expect, it } from "vitest";
import { mergeHistory, mergeLive, numbering } from "./chat-timeline";
import type { ChatEntry, Numbering } from "./chat-timeline";
import { blocksOf, viewEntries } from "./chat-views";

const say = (next: Numbering, entries: ChatEntry[], from: number, count: number) =>
  mergeLive(
    entries,
    Array.from({ length: count }, (_, i) => ({ pattern: "chat.a", subject: "chat.a", text: `m${from + i}`, at: from + i })),
    "all",
    1000,
    next,
  );

describe("blocksOf", () => {
  it("keeps every message once, in order, in blocks no larger than the size", () => {
    const entries = say(numbering(), [], 0, 95);
    const blocks = blocksOf(entries, 20);
    expect(blocks.flatMap((b) => b.entries)).toEqual(entries);
    expect(Math.max(...blocks.map((b) => b.entries.length))).toBeLessThanOrEqual(20);
    expect(new Set(blocks.map((b) => b.key)).size).toBe(blocks.length);
  });

  it("a new message changes the last block only; trimming the oldest changes the first only", () => {
    const next = numbering();
    const before = viewEntries(say(next, [], 0, 100), "all", 60);
    const grown = viewEntries(say(next, before, 100, 1), "all", 60);
    const a = blocksOf(before, 20);
    const b = blocksOf(grown, 20);
    expect(grown[0]!.text).toBe("m41");
    expect(b.length).toBeGreaterThanOrEqual(3);
    const unchanged = b.filter((blk) => {
      const old = a.find((o) => o.key === blk.key);
      return old !== undefined && old.entries.length === blk.entries.length && old.entries.every((e, i) => e === blk.entries[i]);
    });
    // every block but the first (lost its oldest) and the last (gained the newest) is the same
    expect(unchanged.length).toBeGreaterThanOrEqual(b.length - 2);
    expect(b.at(-1)!.entries.at(-1)!.text).toBe("m100");
  });

  it("stored messages placed among live ones get keys of their own (no duplicate keys)", () => {
    const next = numbering();
    const liveOnes = say(next, [], 1000, 30);
    const withHistory = mergeHistory(
      liveOnes,
      "chat.a",
      Array.from({ length: 30 }, (_, i) => ({ pattern: "chat.a", subject: "chat.a", text: `old${i}`, at: i, seq: i + 1 })),
      1000,
      next,
    );
    const blocks = blocksOf(withHistory, 20);
    expect(blocks.flatMap((b) => b.entries.map((e) => e.text))).toEqual(withHistory.map((e) => e.text));
    expect(new Set(blocks.map((b) => b.key)).size).toBe(blocks.length);
  });
});
