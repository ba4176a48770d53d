import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

describe("decode-text", () => {
  const enc = new TextEncoder();
  it.each(["", "4", "hello", "x".repeat(64), "x".repeat(65), "été à Strasbourg", "emoji 🚀", "a\u0000b", "<img src=x>"])(
    "decode - %j round-trips like TextDecoder",
    (s) => {
      expect(decodeText(enc.encode(s))).toBe(s);
    },
  );
  it("decode - invalid UTF-8 is replaced like TextDecoder does", () => {
    const bad = new Uint8Array([0x61, 0xff, 0x62]);
    expect(decodeText(bad)).toBe(new TextDecoder().decode(bad));
  });
});
