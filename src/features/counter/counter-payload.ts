import { binaryPreview, utf8 } from "../../ui/inspector/payload";
import type { Reading } from "./counter-logic";
import { readPayload } from "./counter-logic";

const SHORT = 64;

// Decided once per value, when it arrives. Values are short ASCII ("4"), and a
// TextDecoder call has a high fixed cost (src/nats/decode-text.ts): those become a
// string directly; anything else is decoded strictly, so bytes that are not UTF-8
// are a binary value, never replacement characters.
export function readBytes(bytes: Uint8Array): Reading {
  const n = bytes.length;
  if (n <= SHORT) {
    let ascii = true;
    for (let i = 0; i < n && ascii; i++) ascii = bytes[i]! <= 0x7f;
    if (ascii) return readPayload(String.fromCharCode.apply(null, bytes as unknown as number[]));
  }
  const text = utf8(bytes);
  if (text !== undefined) return readPayload(text);
  return { kind: "not-a-number", raw: "", binary: { size: n, preview: binaryPreview(bytes) ?? "" } };
}
