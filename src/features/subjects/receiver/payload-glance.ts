import { textOf } from "../../../ui/inspector/payload";

// What a list shows of a payload, decided once per message when it arrives:
// its text (cut), or — when it is not valid UTF-8 — its first bytes in hex, so
// a list never shows replacement characters for bytes that are not text.

/** Payload text kept for display: enough to read, never a whole megabyte per row. */
export const PREVIEW_CHARS = 200;

/** A payload as a list row or a tree node shows it; `binary`: says "N bytes (binary): <preview>". */
export type PayloadGlance = { preview: string; binary: boolean; size: number };

export function previewOf(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

/** The payload's text preview, or undefined when it is not valid UTF-8. */
export function textPreview(bytes: Uint8Array): string | undefined {
  const text = textOf(bytes);
  return text === undefined ? undefined : previewOf(text);
}
