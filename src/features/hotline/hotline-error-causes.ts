// Why an agent answered ok: false, as data. The reply carries it as English text
// (wireError: the protocol's words, the same for every client, whatever the page's
// language); the agent's own log says it in the page's language (agent-text.ts).
import { describeBusDetail } from "../../nats/bus-text";
import type { BusDetail } from "../../nats/errors";
import type { JsonType } from "./hotline-protocol";
import { CODES } from "./hotline-protocol";

/** what an argument turned out to be: a JSON type, or absent */
export type Got = JsonType | "nothing";

/** Why a reply could not go out (the agent then sends an error reply saying so, if it can). */
export type SendProblem =
  | { kind: "too-large"; size: number; limit: number }
  | { kind: "no-reply-subject" }
  | { kind: "bus"; detail: BusDetail };

export type ErrorCause =
  | { kind: "empty-request" }
  /** detail: the JSON parser's own message (the JS engine's, English) */
  | { kind: "invalid-json"; detail: string }
  | { kind: "not-an-object"; got: JsonType }
  | { kind: "missing-code" }
  | { kind: "code-not-a-string"; got: JsonType }
  | { kind: "unknown-code"; code: string }
  | { kind: "echo-needs-data" }
  | { kind: "upper-needs-text"; got: Got }
  | { kind: "sum-needs-values"; got: Got }
  | { kind: "sum-not-a-number"; index: number; got: JsonType | "too-large" }
  | { kind: "sum-overflow" }
  | { kind: "sleep-needs-ms"; got: Got }
  | { kind: "sleep-out-of-range"; ms: number; max: number }
  /** detail: what the handler threw (the JS engine's words) */
  | { kind: "agent-crashed"; detail: string }
  | { kind: "reply-not-sent"; why: SendProblem };

const TYPE_NAMES: Record<Got | "too-large", string> = {
  null: "null",
  array: "an array",
  string: "a string",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  nothing: "nothing",
  "too-large": "a number too large to represent",
};

const known = CODES.join(", ");

export function wireSendProblem(p: SendProblem): string {
  switch (p.kind) {
    case "too-large":
      return `reply of ${p.size} bytes is over the server's max_payload of ${p.limit} bytes`;
    case "no-reply-subject":
      return "msg.respond() found no reply subject";
    case "bus":
      return describeBusDetail(p.detail);
  }
}

/** The `error` text of an ok: false reply: English, as the protocol (README) defines it. */
export function wireError(c: ErrorCause): string {
  switch (c.kind) {
    case "empty-request":
      return `empty request: send a JSON object like {"code": "ping"}`;
    case "invalid-json":
      return `invalid JSON: ${c.detail}`;
    case "not-an-object":
      return `the request must be a JSON object like {"code": "ping"}, got ${TYPE_NAMES[c.got]}`;
    case "missing-code":
      return `missing "code": say what you want with one of ${known}`;
    case "code-not-a-string":
      return `"code" must be a string, got ${TYPE_NAMES[c.got]}: use one of ${known}`;
    case "unknown-code":
      return `unknown code "${c.code}": known codes are ${known}`;
    case "echo-needs-data":
      return `'echo' needs a "data" field (any JSON value) to send back`;
    case "upper-needs-text":
      return `'upper' needs "text" to be a string, got ${TYPE_NAMES[c.got]}`;
    case "sum-needs-values":
      return `'sum' needs "values": an array of numbers, got ${TYPE_NAMES[c.got]}`;
    case "sum-not-a-number":
      return `'sum' needs numbers: "values"[${c.index}] is ${TYPE_NAMES[c.got]}`;
    case "sum-overflow":
      return "'sum' overflowed: the total is too large to represent";
    case "sleep-needs-ms":
      return `'sleep' needs "ms": a whole number of milliseconds, got ${TYPE_NAMES[c.got]}`;
    case "sleep-out-of-range":
      return `'sleep' takes "ms" from 0 to ${c.max}, got ${c.ms}`;
    case "agent-crashed":
      return `the agent could not handle this request: ${c.detail}`;
    case "reply-not-sent":
      return `the agent could not send its reply: ${wireSendProblem(c.why)}`;
  }
}
