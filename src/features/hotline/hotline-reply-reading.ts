// How the requester reads what came back. Any responder may answer, so a reply
// that is not JSON, or JSON outside the protocol, is shown as it is, with a note.
import { isPlainObject } from "./hotline-protocol";
import type { BinaryPayload } from "./hotline-payload";
import { clip, readPayload } from "./hotline-payload";

export type ReplyBody = { format: "json"; value: unknown } | { format: "text"; text: string };

/**
 * What the Result shows of a reply's body: JSON pretty-printed or text, clipped (`length`: the whole text's, when cut;
 * the inspector has it all), or the size and first bytes of a reply that is not UTF-8.
 */
export type ShownBody = { format: "json" | "text"; text: string; length?: number } | ({ format: "binary" } & BinaryPayload);

/** Why a reply is shown as it came: data, said by requester-text.ts. */
export type ReplyNote = "not-json" | "off-protocol" | "binary";

export type ReplyReading =
  | { kind: "reply"; body: ReplyBody; agent?: string; note?: ReplyNote }
  /** error: the agent's own words (any language, any client): shown as is; absent when it gave none */
  | { kind: "error-reply"; error?: string; agent?: string; body: ReplyBody };

export const NOT_JSON_NOTE: ReplyNote = "not-json";
export const OFF_PROTOCOL_NOTE: ReplyNote = "off-protocol";
export const BINARY_NOTE: ReplyNote = "binary";

export function readReply(text: string): ReplyReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "reply", body: { format: "text", text }, note: NOT_JSON_NOTE };
  }
  const body: ReplyBody = { format: "json", value };
  const agent = isPlainObject(value) && typeof value.agent === "string" ? value.agent : undefined;
  if (!isPlainObject(value) || typeof value.ok !== "boolean") return { kind: "reply", body, agent, note: OFF_PROTOCOL_NOTE };
  if (value.ok) return { kind: "reply", body, agent };
  return { kind: "error-reply", error: typeof value.error === "string" ? value.error : undefined, agent, body };
}

export function showBody(body: ReplyBody): string {
  return body.format === "text" ? body.text : JSON.stringify(body.value, null, 2);
}

export type ShownReply =
  | { kind: "reply"; body: ShownBody; agent?: string; note?: ReplyNote }
  | { kind: "error-reply"; error?: string; agent?: string; body: ShownBody };

const shown = (body: ReplyBody): ShownBody => ({ format: body.format, ...clip(showBody(body)) });

/** A reply's bytes read once: a reply that is not UTF-8 (any client may answer) is binary, never decoded with U+FFFD. */
export function readReplyBytes(bytes: Uint8Array): ShownReply {
  const payload = readPayload(bytes);
  if ("binary" in payload) return { kind: "reply", body: { format: "binary", ...payload.binary }, note: BINARY_NOTE };
  const reading = readReply(payload.text);
  return { ...reading, body: shown(reading.body) };
}
