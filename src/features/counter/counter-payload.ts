import { hexHead, textOf } from "../../ui/inspector/payload";
import type { Reading } from "./counter-logic";
import { readPayload } from "./counter-logic";

// Decided once per value, when it arrives: bytes that are not UTF-8 are a binary
// value, never replacement characters.
export function readBytes(bytes: Uint8Array): Reading {
  const text = textOf(bytes);
  if (text !== undefined) return readPayload(text);
  return { kind: "not-a-number", raw: "", binary: { size: bytes.length, preview: hexHead(bytes) } };
}
