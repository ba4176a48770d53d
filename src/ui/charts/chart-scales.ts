// Axis ticks for the charts: round values (1, 2, 5 × 10ⁿ) and round times
// (whole seconds, minutes, hours of the local clock).

const NICE = [1, 2, 5, 10];

/** a round step so that `span` holds about `target` of them */
export function niceStep(span: number, target: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  return NICE.find((m) => m * power >= raw)! * power;
}

export type ValueAxis = { lo: number; hi: number; ticks: number[]; digits: number };

export function valueAxis(min: number, max: number, target = 4): ValueAxis {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { lo: 0, hi: 1, ticks: [0, 1], digits: 0 };
  if (min === max) [min, max] = [min - 1, max + 1];
  const step = niceStep(max - min, target);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // counting steps (not adding them up) keeps 0.1 + 0.2 from drifting
  for (let i = 0; lo + i * step <= hi + step / 1e6; i++) ticks.push(lo + i * step);
  return { lo, hi, ticks, digits: Math.max(0, -Math.floor(Math.log10(step))) };
}

const S = 1000;
const M = 60 * S;
const TIME_STEPS = [S, 2 * S, 5 * S, 10 * S, 15 * S, 30 * S, M, 2 * M, 5 * M, 10 * M, 15 * M, 30 * M, 60 * M, 120 * M, 360 * M];

/** tick times in [start, end] on round steps of the local clock */
export function timeTicks(start: number, end: number, target = 5): number[] {
  const span = end - start;
  if (!(span > 0)) return [];
  const step = TIME_STEPS.find((s) => span / s <= target) ?? TIME_STEPS[TIME_STEPS.length - 1]!;
  // local time: a tick at 12:05:00 on the clock, also in a zone half an hour off UTC
  const offset = -new Date(start).getTimezoneOffset() * M;
  const out: number[] = [];
  for (let t = Math.ceil((start + offset) / step) * step - offset; t <= end; t += step) out.push(t);
  return out;
}
