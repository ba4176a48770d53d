import { clock } from "../../../ui/format";

export const DEFAULT_PAYLOAD = "{time}";
export const DEFAULT_EVERY_MS = "500";
export const MIN_EVERY_MS = 1;
export const MAX_EVERY_MS = 3_600_000;

/** What the payload field may contain besides text; filled in at each send. */
export const PAYLOAD_PLACEHOLDERS = { time: "{time}", n: "{n}", subject: "{subject}" } as const;

export type PayloadContext = { n: number; subject: string; now: number };

export function fillPayload(template: string, ctx: PayloadContext): string {
  if (!template.includes("{")) return template;
  return template
    .replaceAll(PAYLOAD_PLACEHOLDERS.time, clock(ctx.now))
    .replaceAll(PAYLOAD_PLACEHOLDERS.n, String(ctx.n))
    .replaceAll(PAYLOAD_PLACEHOLDERS.subject, ctx.subject);
}

export type EveryCheck = { ms: number; error?: undefined } | { ms?: undefined; error: string };

export function checkEvery(text: string): EveryCheck {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { error: `'${text}' is not a whole number of milliseconds` };
  const ms = Number(t);
  if (ms < MIN_EVERY_MS) return { error: `0 ms is not an interval: the smallest is ${MIN_EVERY_MS} ms` };
  if (ms > MAX_EVERY_MS) return { error: `${ms} ms is more than an hour: the largest is ${MAX_EVERY_MS} ms` };
  return { ms };
}
