import { describe, expect, it } from "vitest";
import { binaryPreview, defaultView, hexRows, read } from "./payload";
import { checkJson } from "./json-check";

const enc = new TextEncoder();

describe("inspector payload", () => {
  it("sniff - JSON → JSON, text → Text, not UTF-8 → Hex, empty → Text", () => {
    expect(defaultView(read(enc.encode('{"a": [1, 2]}')))).toBe("json");
    expect(defaultView(read(enc.encode("4")))).toBe("json");
    expect(defaultView(read(enc.encode("hello {not json")))).toBe("text");
    expect(defaultView(read(enc.encode("été à Strasbourg")))).toBe("text");
    expect(defaultView(read(new Uint8Array([0x61, 0xff, 0x62])))).toBe("hex");
    expect(defaultView(read(new Uint8Array([])))).toBe("text");
  });

  it("json - pretty when valid", () => {
    const r = read(enc.encode('{"ok":true,"result":[1,2]}'));
    expect(r.json).toEqual({ pretty: '{\n  "ok": true,\n  "result": [\n    1,\n    2\n  ]\n}' });
  });

  it.each([
    ['{"a": 1,}', { line: 1, column: 9, found: "}", expected: "string-key" }],
    ['{"a" 1}', { line: 1, column: 6, found: "1", expected: "colon" }],
    ["[1, 2", { line: 1, column: 6, found: "end", expected: "comma-or-end" }],
    ['{\n  "a": tru\n}', { line: 2, column: 8, found: "t", expected: "value" }],
    ['"abc', { line: 1, column: 5, found: "end", expected: "closing-quote" }],
    ["1 2", { line: 1, column: 3, found: "2", expected: "end" }],
    ["-", { line: 1, column: 2, found: "end", expected: "digit" }],
    ['"\\q"', { line: 1, column: 3, found: "q", expected: "escape" }],
  ])("json - %j is not JSON: the position is named", (text, where) => {
    expect(checkJson(text)).toMatchObject(where);
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each(['{"a":{"b":[true,false,null,-1.5e3,"x\\u00e9\\n"]}}', "[]", "{}", '"s"', "0", " \n 12.5 "])("json - %j is JSON, as JSON.parse agrees", (text) => {
    expect(checkJson(text)).toBeUndefined();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it("hex - offset, 16 bytes in pairs, printable ASCII, like xxd", () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const rows = hexRows(bytes, 0, 100);
    expect(rows).toHaveLength(16);
    expect(rows[0]).toEqual({ offset: "00000000", hex: "0001 0203 0405 0607 0809 0a0b 0c0d 0e0f", ascii: "................" });
    expect(rows[4]).toEqual({ offset: "00000040", hex: "4041 4243 4445 4647 4849 4a4b 4c4d 4e4f", ascii: "@ABCDEFGHIJKLMNO" });
    expect(rows[15]!.ascii).toBe("................");
    // a short last row keeps the width of a full one (39 characters), so the ASCII column lines up
    const tail = hexRows(enc.encode("hello, world!"), 0, 1);
    expect(tail[0]!.hex).toHaveLength(rows[0]!.hex.length);
    expect(tail).toEqual([{ offset: "00000000", hex: "6865 6c6c 6f2c 2077 6f72 6c64 21       ", ascii: "hello, world!" }]);
  });

  it("hex - a window of rows, as a virtual list asks", () => {
    const bytes = new Uint8Array(512 * 1024);
    const rows = hexRows(bytes, 1000, 30);
    expect(rows).toHaveLength(30);
    expect(rows[0]!.offset).toBe((1000 * 16).toString(16).padStart(8, "0"));
    expect(hexRows(bytes, 32760, 30)).toHaveLength(8);
  });

  it("binary preview - only for what is not text", () => {
    expect(binaryPreview(enc.encode("plain"))).toBeUndefined();
    expect(binaryPreview(new Uint8Array([0, 1, 2, 255]))).toBe("00 01 02 ff");
    expect(binaryPreview(new Uint8Array(20).fill(255))).toBe("ff ff ff ff ff ff ff ff …");
  });
});
