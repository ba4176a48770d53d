import { describe, expect, it } from "vitest";
import { createKept } from "./kept";

const bytes = (n: number, at = 0) => Uint8Array.from({ length: n }, (_, i) => (i + at) & 0xff);

describe("chat kept wires", () => {
  const wire = (n: number) => ({ data: new Uint8Array(n) });

  it("kept - the newest rows only: past the row limit the oldest goes", () => {
    const kept = createKept<string>({ maxBytes: 1000, maxRows: 3 });
    for (const k of ["a", "b", "c", "d"]) kept.keep(k, wire(10));
    expect(kept.get("a")).toBeUndefined();
    expect(kept.get("d")?.data).toHaveLength(10);
    expect([kept.rows(), kept.bytes()]).toEqual([3, 30]);
  });

  it("kept - within a byte budget (payload, headers, reply); the newest always stays", () => {
    const kept = createKept<string>({ maxBytes: 100, maxRows: 10 });
    kept.keep("a", { data: new Uint8Array(40), headers: [["X-A", "1234567"]], reply: "_INBOX.x" }); // 40 + 10 + 8
    kept.keep("b", wire(40));
    expect(kept.bytes()).toBe(98);
    kept.keep("c", wire(10));
    expect(kept.get("a")).toBeUndefined();
    expect(kept.bytes()).toBe(50);
    kept.keep("huge", wire(500));
    expect([kept.rows(), kept.bytes(), kept.get("huge")?.data.length]).toEqual([1, 500, 500]);
  });

  it("kept - the first delivery's wire stays; a delivered view is copied, not its whole read buffer", () => {
    const kept = createKept<string>({ maxBytes: 1000, maxRows: 10 });
    const chunk = bytes(64 * 1024);
    kept.keep("m", { data: chunk.subarray(100, 110), reply: "first" });
    kept.keep("m", { data: chunk.subarray(0, 5), reply: "second" });
    const w = kept.get("m")!;
    expect(w.reply).toBe("first");
    expect([...w.data]).toEqual([...bytes(10, 100)]);
    expect(w.data.buffer.byteLength).toBe(10);
    kept.clear();
    expect([kept.rows(), kept.bytes()]).toEqual([0, 0]);
  });
});
