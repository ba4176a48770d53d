// What an agent answers to a request. Pure (no React, no NATS, no timers), so
// the same logic can run as a headless service in Node.
import type { Code, ErrorReply, HotlineReply, OkReply } from "./hotline-protocol";
import { CODES, isCode, isPlainObject, MAX_SLEEP_MS, typeName } from "./hotline-protocol";

export type Answer = {
  reply: HotlineReply;
  replyText: string;
  /** how long the service waits before sending the reply (the `sleep` code) */
  delayMs?: number;
};

type Args = Record<string, unknown>;
type Outcome = { result: unknown; delayMs?: number } | { error: string };

const known = CODES.join(", ");

const handlers: Record<Code, (args: Args, now: () => Date) => Outcome> = {
  ping: () => ({ result: "pong" }),
  echo: (args) => ("data" in args ? { result: args.data } : { error: `'echo' needs a "data" field (any JSON value) to send back` }),
  time: (_args, now) => ({ result: now().toISOString() }),
  sum: (args) => sum(args.values),
  upper: (args) =>
    typeof args.text === "string"
      ? { result: args.text.toUpperCase() }
      : { error: `'upper' needs "text" to be a string, got ${"text" in args ? typeName(args.text) : "nothing"}` },
  sleep: (args) => sleep(args.ms),
};

function sum(values: unknown): Outcome {
  if (!Array.isArray(values)) {
    return { error: `'sum' needs "values": an array of numbers, got ${values === undefined ? "nothing" : typeName(values)}` };
  }
  const bad = values.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (bad >= 0) {
    const v = values[bad];
    const why = typeof v === "number" ? "a number too large to represent" : typeName(v);
    return { error: `'sum' needs numbers: "values"[${bad}] is ${why}` };
  }
  const total = (values as number[]).reduce((a, b) => a + b, 0);
  if (!Number.isFinite(total)) return { error: "'sum' overflowed: the total is too large to represent" };
  return { result: total };
}

function sleep(ms: unknown): Outcome {
  if (typeof ms !== "number" || !Number.isInteger(ms)) {
    return { error: `'sleep' needs "ms": a whole number of milliseconds, got ${ms === undefined ? "nothing" : typeName(ms)}` };
  }
  if (ms < 0 || ms > MAX_SLEEP_MS) return { error: `'sleep' takes "ms" from 0 to ${MAX_SLEEP_MS}, got ${ms}` };
  return { result: { sleptMs: ms }, delayMs: ms };
}

export function fail(error: string, agent: string): Answer {
  const reply: ErrorReply = { ok: false, error, agent };
  return { reply, replyText: JSON.stringify(reply) };
}

function decide(requestText: string, agent: string, now: () => Date): Answer {
  if (requestText.trim() === "") return fail(`empty request: send a JSON object like {"code": "ping"}`, agent);
  let request: unknown;
  try {
    request = JSON.parse(requestText);
  } catch (err) {
    return fail(`invalid JSON: ${(err as Error).message}`, agent);
  }
  if (!isPlainObject(request)) {
    return fail(`the request must be a JSON object like {"code": "ping"}, got ${typeName(request)}`, agent);
  }
  const code = request.code;
  if (code === undefined) return fail(`missing "code": say what you want with one of ${known}`, agent);
  if (typeof code !== "string") return fail(`"code" must be a string, got ${typeName(code)}: use one of ${known}`, agent);
  if (!isCode(code)) return fail(`unknown code "${code}": known codes are ${known}`, agent);
  const outcome = handlers[code](request, now);
  if ("error" in outcome) return fail(outcome.error, agent);
  const reply: OkReply = { ok: true, code, result: outcome.result, agent };
  return { reply, replyText: JSON.stringify(reply), delayMs: outcome.delayMs };
}

/** Never throws: whatever comes in, the caller gets a reply to send. */
export function answer(requestText: string, agent: string, now: () => Date = () => new Date()): Answer {
  try {
    return decide(requestText, agent, now);
  } catch (err) {
    return fail(`the agent could not handle this request: ${(err as Error).message}`, agent);
  }
}
