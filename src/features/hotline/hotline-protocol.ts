// The hotline protocol: the contract any NATS client can speak (see README).
// Pure: no React, no NATS.

export const DEFAULT_SUBJECT = "hotline";
export const QUEUE_GROUP = "hotline-agents";

export const Code = {
  Ping: "ping",
  Echo: "echo",
  Time: "time",
  Sum: "sum",
  Upper: "upper",
  Sleep: "sleep",
} as const;
export type Code = (typeof Code)[keyof typeof Code];

export const CODES: readonly Code[] = Object.values(Code);
export const MAX_SLEEP_MS = 60_000;

export const isCode = (value: unknown): value is Code => typeof value === "string" && (CODES as readonly string[]).includes(value);

export type OkReply = { ok: true; code: Code; result: unknown; agent: string };
export type ErrorReply = { ok: false; error: string; agent: string };
export type HotlineReply = OkReply | ErrorReply;

/** A JSON value's type, as the error replies name it. */
export type JsonType = "null" | "array" | "string" | "number" | "boolean" | "object";

export function jsonType(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? type : "object";
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
