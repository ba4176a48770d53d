import type { Code } from "./hotline-protocol";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** A request for each code, as the JSON editor fills it in (its hint: requester-text.ts, codeHints). */
export const EXAMPLES: Record<Code, string> = {
  ping: pretty({ code: "ping" }),
  echo: pretty({ code: "echo", data: { hello: "world", n: [1, 2, 3] } }),
  time: pretty({ code: "time" }),
  sum: pretty({ code: "sum", values: [1, 2, 3.5] }),
  upper: pretty({ code: "upper", text: "bonjour nats" }),
  sleep: pretty({ code: "sleep", ms: 3000 }),
};
