// How the lists show a payload: its text (clipped), or, when it is not UTF-8,
// its size and first bytes — never replacement characters. Pure.
import { utf8 } from "../../ui/inspector/payload";

/** What the lists keep of a text: the inspector has the rest. */
export const MAX_LOGGED_CHARS = 2000;

const SHORT = 64;
const PREVIEW_BYTES = 8;

/** A payload not valid as UTF-8: shown as "N bytes (binary): 00 01 …" (inspector-text's `binary`). */
export type BinaryPayload = { size: number; preview: string };

export type PayloadReading = { text: string } | { binary: BinaryPayload };

/** The first bytes in hex, "…" when there are more. */
export function hexHead(bytes: Uint8Array): string {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, PREVIEW_BYTES); i++) head += `${i > 0 ? " " : ""}${bytes[i]!.toString(16).padStart(2, "0")}`;
  return bytes.length > PREVIEW_BYTES ? `${head} …` : head;
}

// Decided once per message. TextDecoder's fixed cost dominates for short payloads (a repeat run's
// {"code":"ping"}): short pure-ASCII ones become a string directly, the rest go through the strict decoder once.
export function readPayload(bytes: Uint8Array): PayloadReading {
  if (bytes.length <= SHORT) {
    let ascii = true;
    for (let i = 0; i < bytes.length && ascii; i++) ascii = bytes[i]! <= 0x7f;
    if (ascii) return { text: String.fromCharCode.apply(null, bytes as unknown as number[]) };
  }
  const text = utf8(bytes);
  return text === undefined ? { binary: { size: bytes.length, preview: hexHead(bytes) } } : { text };
}

/** A text as the lists keep it: at most MAX_LOGGED_CHARS, with its full length when cut. */
export const clip = (text: string): { text: string; length?: number } =>
  text.length > MAX_LOGGED_CHARS ? { text: text.slice(0, MAX_LOGGED_CHARS), length: text.length } : { text };
