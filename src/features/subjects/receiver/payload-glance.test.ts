import { afterEach, describe, expect, it, vi } from "vitest";
import { previewOf, textPreview } from "./payload-glance";
import { hexHead } from "../../../ui/inspector/payload";

const enc = new TextEncoder();
const allBytes = new Uint8Array(256).map((_, i) => i);

describe("payload glance", () => {
  afterEach(() => vi.restoreAllMocks());

  it("glance - text stays text (cut to a preview), ASCII control bytes included: they are valid UTF-8", () => {
    expect(textPreview(enc.encode("hello"))).toBe("hello");
    expect(textPreview(enc.encode("été à Strasbourg"))).toBe("été à Strasbourg");
    expect(textPreview(new Uint8Array([0, 9, 0x41]))).toBe("\u0000\tA");
    expect(textPreview(enc.encode("x".repeat(100_000)))).toBe(previewOf("x".repeat(100_000)));
    expect(textPreview(new Uint8Array(0))).toBe("");
  });

  it("glance - what is not valid UTF-8 is binary: every byte 0x00–0xFF, a lone 0xFF, a cut multi-byte character", () => {
    expect(textPreview(allBytes)).toBeUndefined();
    expect(textPreview(new Uint8Array([0x61, 0xff]))).toBeUndefined();
    expect(textPreview(enc.encode("é").subarray(0, 1))).toBeUndefined();
    // a long payload that turns invalid at its very end
    expect(textPreview(new Uint8Array([...enc.encode("a".repeat(5000)), 0xc3]))).toBeUndefined();
  });

  it("glance - a short pure-ASCII payload (a flood's usual '42') never costs a TextDecoder call", () => {
    const decode = vi.spyOn(TextDecoder.prototype, "decode");
    expect(textPreview(enc.encode("42"))).toBe("42");
    expect(textPreview(enc.encode("x".repeat(64)))).toBe("x".repeat(64));
    expect(decode).not.toHaveBeenCalled();
    textPreview(enc.encode("é"));
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it("glance - a binary payload shows its first 8 bytes in hex", () => {
    expect(hexHead(allBytes)).toBe("00 01 02 03 04 05 06 07 …");
    expect(hexHead(new Uint8Array([0xff, 0x0a]))).toBe("ff 0a");
  });
});
