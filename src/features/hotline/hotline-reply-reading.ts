// How the requester reads what came back. Any responder may answer, so a reply
// that is not JSON, or JSON outside the protocol, is shown as it is, with a note.
import { isPlainObject } from "./hotline-protocol";

export type ReplyBody = { format: "json"; value: unknown } | { format: "text"; text: string };

export type ReplyReading =
  | { kind: "reply"; body: ReplyBody; agent?: string; note?: string }
  | { kind: "error-reply"; error: string; agent?: string; body: ReplyBody };

export const NOT_JSON_NOTE = "reply is not JSON: shown as text";
export const OFF_PROTOCOL_NOTE = 'reply is JSON but not a hotline reply (no "ok" true/false): shown as is';

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
  const error = typeof value.error === "string" ? value.error : "the agent said ok: false without an error";
  return { kind: "error-reply", error, agent, body };
}

export function showBody(body: ReplyBody): string {
  return body.format === "text" ? body.text : JSON.stringify(body.value, null, 2);
}
