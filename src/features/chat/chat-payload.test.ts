import { afterEach, describe, expect, it, vi } from "vitest";
import { payloadText } from "./chat-payload";

const enc = new TextEncoder();
const bytes = (n: number, at = 0) => Uint8Array.from({ length: n }, (_, i) => (i + at) & 0xff);

describe("chat payloads", () => {
  afterEach(() => vi.restoreAllMocks());

  it("payload - short ASCII is text without a TextDecoder call (a flood's cost)", () => {
    const decode = vi.spyOn(TextDecoder.prototype, "decode");
    expect(payloadText(enc.encode("flood 123"))).toEqual({ text: "flood 123" });
    expect(payloadText(new Uint8Array(0))).toEqual({ text: "" });
    expect(decode).not.toHaveBeenCalled();
  });

  it("payload - UTF-8 text is text; bytes that are not UTF-8 are binary: size and first bytes", () => {
    expect(payloadText(enc.encode("été à Strasbourg"))).toEqual({ text: "été à Strasbourg" });
    const long = JSON.stringify({ text: "x".repeat(100) });
    expect(payloadText(enc.encode(long))).toEqual({ text: long });
    const all = payloadText(bytes(256));
    expect(all.binary).toEqual({ size: 256, preview: "00 01 02 03 04 05 06 07 …" });
    // never replacement characters: the text of a binary is a key, never shown
    expect(all.text).not.toContain("\ufffd");
    expect(payloadText(new Uint8Array([0xff])).binary).toEqual({ size: 1, preview: "ff" });
  });

  it("payload - two binaries with the same size and first bytes are two messages", () => {
    const a = bytes(256);
    const b = bytes(256);
    b[200] = 0;
    expect(payloadText(a).text).toBe(payloadText(bytes(256)).text);
    expect(payloadText(a).text).not.toBe(payloadText(b).text);
  });
});
