import type { Code } from "./hotline-protocol";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

export const EXAMPLES: Record<Code, string> = {
  ping: pretty({ code: "ping" }),
  echo: pretty({ code: "echo", data: { hello: "world", n: [1, 2, 3] } }),
  time: pretty({ code: "time" }),
  sum: pretty({ code: "sum", values: [1, 2, 3.5] }),
  upper: pretty({ code: "upper", text: "bonjour nats" }),
  sleep: pretty({ code: "sleep", ms: 3000 }),
};

export const CODE_HINTS: Record<Code, string> = {
  ping: 'answers "pong"',
  echo: 'sends "data" back as is',
  time: "the agent's current time (ISO 8601)",
  sum: 'adds up "values", an array of numbers',
  upper: 'upper-cases "text"',
  sleep: 'waits "ms" (0–60000) before answering: longer than the timeout gives a Timeout',
};
