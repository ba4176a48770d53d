import { describe, expect, it } from "vitest";
import { toJson, toJsonParts } from "./json";

const replacerOnce = (value: unknown) => JSON.parse(toJson(value));

describe("json - pretty and complete", () => {
  it("two-space indentation, nested objects and arrays whole", () => {
    const value = { subject: "fr.île", headers: [["Playground-Msg-Id", "a,b"]], nested: { deep: { deeper: [1, { x: null }] } } };
    expect(toJson(value)).toBe(JSON.stringify(value, null, 2));
    expect(replacerOnce(value)).toEqual(value);
  });

  it("text is escaped, unicode kept", () => {
    expect(toJson({ s: 'a "q"\r\n\t😀 é' })).toBe('{\n  "s": "a \\"q\\"\\r\\n\\t😀 é"\n}');
  });

  it("what JSON.stringify cannot write: bigint as text, Map as an object, Set as an array; undefined dropped", () => {
    const text = toJson({ big: 12345678901234567890n, m: new Map<unknown, unknown>([["a", 1], [2, new Set(["x"])]]), u: undefined, arr: [undefined] });
    expect(JSON.parse(text)).toEqual({ big: "12345678901234567890", m: { a: 1, "2": ["x"] }, arr: [null] });
    expect(toJson(undefined)).toBe("null");
  });

  it("in slices: the same text as in one go, with and without the fields around the items", async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      i,
      subject: `fr.a.${i}`,
      payload: i % 2 ? `line\n"${i}"` : { nested: [i, { ok: i % 3 === 0 }] },
      at: new Date(Date.UTC(2026, 11, 2) + i),
      none: undefined,
      big: BigInt(i),
    }));
    let yields = 0;
    const yieldThen = (run: () => void) => {
      yields++;
      queueMicrotask(run);
    };
    const meta = { what: "subjects-log", exportedAt: "2026-12-02T02:15:03.000Z", count: items.length, dropped: undefined, filters: { pattern: "fr.>" } };
    const wrapped = await toJsonParts(items, { meta, yieldThen });
    expect(wrapped.slices).toBe(10);
    expect(yields).toBe(9);
    expect(wrapped.parts.join("")).toBe(toJson({ ...meta, items }));
    const bare = await toJsonParts(items.slice(0, 7), { yieldThen, size: 2 });
    expect(bare.slices).toBe(4);
    expect(bare.parts.join("")).toBe(toJson(items.slice(0, 7)));
  });

  it("an empty list and odd items", async () => {
    expect((await toJsonParts([])).parts.join("")).toBe("[]");
    expect((await toJsonParts([], { meta: { count: 0 } })).parts.join("")).toBe(toJson({ count: 0, items: [] }));
    const odd = [undefined, null, 1, "x", [], {}, () => 1];
    expect((await toJsonParts(odd)).parts.join("")).toBe(toJson(odd));
  });
});
