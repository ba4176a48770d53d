// How the lists show a payload: its text (clipped), or, when it is not UTF-8,
// its size and first bytes — never replacement characters. Pure.
import { hexHead, textOf } from "../../ui/inspector/payload";

/** What the lists keep of a text: the inspector has the rest. */
export const MAX_LOGGED_CHARS = 2000;


/** A payload not valid as UTF-8: shown as "N bytes (binary): 00 01 …" (inspector-text's `binary`). */
export type BinaryPayload = { size: number; preview: string };

export type PayloadReading = { text: string } | { binary: BinaryPayload };

/** Decided once per message: its text, or (not UTF-8) its size and first bytes. */
export function readPayload(bytes: Uint8Array): PayloadReading {
  const text = textOf(bytes);
  return text === undefined ? { binary: { size: bytes.length, preview: hexHead(bytes) } } : { text };
}

/** A text as the lists keep it: at most MAX_LOGGED_CHARS, with its full length when cut. */
export const clip = (text: string): { text: string; length?: number } =>
  text.length > MAX_LOGGED_CHARS ? { text: text.slice(0, MAX_LOGGED_CHARS), length: text.length } : { text };
