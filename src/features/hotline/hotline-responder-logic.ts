// What an agent answers to a request. Pure (no React, no NATS, no timers), so
// the same logic can run as a headless service in Node.
import type { Code, ErrorReply, OkReply } from "./hotline-protocol";
import { isCode, isPlainObject, jsonType, MAX_SLEEP_MS } from "./hotline-protocol";
import type { ErrorCause, Got } from "./hotline-error-causes";
import { wireError } from "./hotline-error-causes";

/** What to send: an ok reply, or an error reply whose English `error` text (the wire's) comes from a typed cause. */
export type Answer =
  | {
      reply: OkReply;
      replyText: string;
      /** how long the service waits before sending the reply (the `sleep` code) */
      delayMs?: number;
      cause?: undefined;
    }
  | { reply: ErrorReply; replyText: string; delayMs?: undefined; /** why, for the agent's own log */ cause: ErrorCause };

type Args = Record<string, unknown>;
type Outcome = { result: unknown; delayMs?: number } | { error: ErrorCause };

const got = (args: Args, key: string): Got => (key in args && args[key] !== undefined ? jsonType(args[key]) : "nothing");

const handlers: Record<Code, (args: Args, now: () => Date) => Outcome> = {
  ping: () => ({ result: "pong" }),
  echo: (args) => ("data" in args ? { result: args.data } : { error: { kind: "echo-needs-data" } }),
  time: (_args, now) => ({ result: now().toISOString() }),
  sum: (args) => sum(args),
  upper: (args) =>
    typeof args.text === "string" ? { result: args.text.toUpperCase() } : { error: { kind: "upper-needs-text", got: got(args, "text") } },
  sleep: (args) => sleep(args),
};

function sum(args: Args): Outcome {
  const values = args.values;
  if (!Array.isArray(values)) return { error: { kind: "sum-needs-values", got: got(args, "values") } };
  const bad = values.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (bad >= 0) {
    const v: unknown = values[bad];
    return { error: { kind: "sum-not-a-number", index: bad, got: typeof v === "number" ? "too-large" : jsonType(v) } };
  }
  const total = (values as number[]).reduce((a, b) => a + b, 0);
  if (!Number.isFinite(total)) return { error: { kind: "sum-overflow" } };
  return { result: total };
}

function sleep(args: Args): Outcome {
  const ms = args.ms;
  if (typeof ms !== "number" || !Number.isInteger(ms)) return { error: { kind: "sleep-needs-ms", got: got(args, "ms") } };
  if (ms < 0 || ms > MAX_SLEEP_MS) return { error: { kind: "sleep-out-of-range", ms, max: MAX_SLEEP_MS } };
  return { result: { sleptMs: ms }, delayMs: ms };
}

export function fail(cause: ErrorCause, agent: string): Answer {
  const reply: ErrorReply = { ok: false, error: wireError(cause), agent };
  return { reply, replyText: JSON.stringify(reply), cause };
}

function decide(requestText: string, agent: string, now: () => Date): Answer {
  if (requestText.trim() === "") return fail({ kind: "empty-request" }, agent);
  let request: unknown;
  try {
    request = JSON.parse(requestText);
  } catch (err) {
    return fail({ kind: "invalid-json", detail: (err as Error).message }, agent);
  }
  if (!isPlainObject(request)) return fail({ kind: "not-an-object", got: jsonType(request) }, agent);
  const code = request.code;
  if (code === undefined) return fail({ kind: "missing-code" }, agent);
  if (typeof code !== "string") return fail({ kind: "code-not-a-string", got: jsonType(code) }, agent);
  if (!isCode(code)) return fail({ kind: "unknown-code", code }, agent);
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
    return fail({ kind: "agent-crashed", detail: (err as Error).message }, agent);
  }
}
