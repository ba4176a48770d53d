import { hexHead, textOf } from "../../ui/inspector/payload";

/** A payload that is not UTF-8 text: shown as its size and its first bytes. */
export type Binary = { size: number; preview: string };

/** What the conversation takes of a payload: its text, or (not UTF-8) its binary description. */
export type PayloadText = { text: string; binary?: undefined } | { /** a key of the bytes (dedupe), never shown */ text: string; binary: Binary };

// Decided once per message, when it arrives: bytes that are not UTF-8 are never
// shown as replacement characters.
export function payloadText(bytes: Uint8Array): PayloadText {
  const text = textOf(bytes);
  if (text !== undefined) return { text };
  return { text: contentKey(bytes), binary: { size: bytes.length, preview: hexHead(bytes) } };
}

// Plain payloads have no id: two deliveries of one message are matched by their
// content. For bytes that is a hash (FNV-1a), so two binaries with the same first
// bytes are not taken for one (an entry also says whether it is binary: a text
// equal to this key is still another message).
function contentKey(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return `\u0000${bytes.length}:${(h >>> 0).toString(16)}`;
}
