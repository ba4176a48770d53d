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

/** How a value reads in an error message: its JSON type, in words. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
