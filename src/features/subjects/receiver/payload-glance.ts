import { utf8 } from "../../../ui/inspector/payload";

// What a list shows of a payload, decided once per message when it arrives:
// its text (cut), or — when it is not valid UTF-8 — its first bytes in hex, so
// a list never shows replacement characters for bytes that are not text.

/** Payload text kept for display: enough to read, never a whole megabyte per row. */
export const PREVIEW_CHARS = 200;
/** Bytes of a binary payload shown in hex. */
export const HEX_HEAD = 8;
// Below this, a pure-ASCII payload becomes a string without TextDecoder, whose
// fixed cost per call dominates the short payloads a flood is made of.
const ASCII_FAST = 64;

/** A payload as a list row or a tree node shows it; `binary`: says "N bytes (binary): <preview>". */
export type PayloadGlance = { preview: string; binary: boolean; size: number };

export function previewOf(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

/** The payload's text preview, or undefined when it is not valid UTF-8. */
export function textPreview(bytes: Uint8Array): string | undefined {
  const n = bytes.length;
  if (n <= ASCII_FAST) {
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (bytes[i]! > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  const text = utf8(bytes);
  return text === undefined ? undefined : previewOf(text);
}

/** The first bytes in hex, as the inspector's lists write them: "00 01 02 ff …". */
export function hexHead(bytes: Uint8Array, max = HEX_HEAD): string {
  let out = "";
  const n = Math.min(max, bytes.length);
  for (let i = 0; i < n; i++) out += (i > 0 ? " " : "") + bytes[i]!.toString(16).padStart(2, "0");
  return bytes.length > max ? `${out} …` : out;
}
