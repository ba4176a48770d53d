export const DEFAULT_PAYLOAD = "{time}";
export const DEFAULT_EVERY_MS = "500";
export const MIN_EVERY_MS = 1;
export const MAX_EVERY_MS = 3_600_000;

/** What the payload field may contain besides text; filled in at each send. */
export const PAYLOAD_PLACEHOLDERS = { time: "{time}", n: "{n}", subject: "{subject}" } as const;

export type PayloadContext = { n: number; subject: string; now: number };

// {time} is the same whatever the page's language (09:05:03.042): the payload is
// data, read by every subscriber (a Python service, another tab in English or French).
function payloadClock(at: number): string {
  const d = new Date(at);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export function fillPayload(template: string, ctx: PayloadContext): string {
  if (!template.includes("{")) return template;
  return template
    .replaceAll(PAYLOAD_PLACEHOLDERS.time, payloadClock(ctx.now))
    .replaceAll(PAYLOAD_PLACEHOLDERS.n, String(ctx.n))
    .replaceAll(PAYLOAD_PLACEHOLDERS.subject, ctx.subject);
}

/** Why an auto-publish interval is refused (publisher-text.ts says it). */
export type EveryProblem =
  | { kind: "not-whole"; text: string }
  | { kind: "too-small"; min: number }
  | { kind: "too-large"; ms: number; max: number };

export type EveryCheck = { ms: number; problem?: undefined } | { ms?: undefined; problem: EveryProblem };

export function checkEvery(text: string): EveryCheck {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { problem: { kind: "not-whole", text } };
  const ms = Number(t);
  if (ms < MIN_EVERY_MS) return { problem: { kind: "too-small", min: MIN_EVERY_MS } };
  if (ms > MAX_EVERY_MS) return { problem: { kind: "too-large", ms, max: MAX_EVERY_MS } };
  return { ms };
}
