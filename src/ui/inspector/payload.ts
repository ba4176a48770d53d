import { checkJson } from "./json-check";
import type { JsonProblem } from "./json-check";

// How a payload can be shown: text, JSON, or bytes (like xxd). Pure.
export const View = { Text: "text", Json: "json", Hex: "hex" } as const;
export type View = (typeof View)[keyof typeof View];

const strict = new TextDecoder("utf-8", { fatal: true });

/** The payload as text, or undefined when it is not valid UTF-8 (binary). */
export function utf8(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

export type Reading = { text?: string; json?: { pretty: string } | { problem: JsonProblem } };

export function read(bytes: Uint8Array): Reading {
  const text = utf8(bytes);
  if (text === undefined) return {};
  if (text.trim() === "") return { text };
  const problem = checkJson(text);
  return { text, json: problem ? { problem } : { pretty: JSON.stringify(JSON.parse(text), null, 2) } };
}

/** The view a person most likely wants: JSON when it is JSON, text when it is text, else the bytes. */
export function defaultView(r: Reading): View {
  if (r.text === undefined) return View.Hex;
  return r.json && "pretty" in r.json ? View.Json : View.Text;
}

export const HEX_ROW = 16;

export type HexRow = { offset: string; hex: string; ascii: string };

/** Rows `from` .. `from + count` of an xxd-style dump: offset, 16 bytes in hex, the printable ASCII. */
export function hexRows(bytes: Uint8Array, from: number, count: number): HexRow[] {
  const rows: HexRow[] = [];
  const last = Math.min(Math.ceil(bytes.length / HEX_ROW), from + count);
  for (let r = from; r < last; r++) {
    const start = r * HEX_ROW;
    const chunk = bytes.subarray(start, start + HEX_ROW);
    let hex = "";
    let ascii = "";
    for (let i = 0; i < HEX_ROW; i++) {
      const b = chunk[i];
      hex += b === undefined ? "  " : b.toString(16).padStart(2, "0");
      if (i % 2 === 1 && i < HEX_ROW - 1) hex += " ";
      if (b !== undefined) ascii += b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : ".";
    }
    rows.push({ offset: start.toString(16).padStart(8, "0"), hex, ascii });
  }
  return rows;
}

export const hexRowCount = (bytes: Uint8Array) => Math.ceil(bytes.length / HEX_ROW);

/** The first bytes in hex, "…" when there are more: how a list shows a payload that is not text. */
export function hexHead(bytes: Uint8Array, max = 8): string {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, max); i++) head += `${i > 0 ? " " : ""}${bytes[i]!.toString(16).padStart(2, "0")}`;
  return bytes.length > max ? `${head} …` : head;
}

/** For lists: a payload that is not text shows as its size and its first bytes, never as replacement characters. */
export function binaryPreview(bytes: Uint8Array, max = 8): string | undefined {
  return utf8(bytes) === undefined ? hexHead(bytes, max) : undefined;
}

const ASCII_FAST = 64;

/**
 * The payload as text, or undefined when it is not valid UTF-8: decided once per
 * message, when it arrives. Short pure-ASCII payloads (what a flood is made of)
 * become a string without TextDecoder, whose fixed cost per call dominates them.
 */
export function textOf(bytes: Uint8Array): string | undefined {
  const n = bytes.length;
  if (n <= ASCII_FAST) {
    let ascii = true;
    for (let i = 0; i < n && ascii; i++) ascii = bytes[i]! <= 0x7f;
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  return utf8(bytes);
}
