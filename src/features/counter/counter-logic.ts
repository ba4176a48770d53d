import { validatePublishSubject } from "../../subjects/subject-grammar";

export const PUBLISHER_HEADER = "Playground-Publisher";
export const PUBLISHER_ID_HEADER = "Playground-Publisher-Id";
export const STEP_HEADER = "Playground-Step";
export const UNKNOWN_PUBLISHER = "unknown";
export const MIN_INTERVAL_MS = 100;

export type CounterSettings = { subject: string; intervalMs: number; step: number; start: number };
export type CounterForm = { subject: string; intervalMs: string; step: string; start: string };
export type FormErrors = Partial<Record<keyof CounterForm, string>>;

export const DEFAULT_FORM: CounterForm = { subject: "compteur", intervalMs: "10000", step: "2", start: "0" };

const INTEGER = /^-?\d+$/;

export function checkForm(form: CounterForm): { settings?: CounterSettings; errors: FormErrors } {
  const errors: FormErrors = {};
  const subject = validatePublishSubject(form.subject.trim());
  if (!subject.ok) errors.subject = subject.reason;
  const interval = Number(form.intervalMs.trim());
  if (!INTEGER.test(form.intervalMs.trim())) errors.intervalMs = `'${form.intervalMs}' is not a whole number of milliseconds`;
  else if (interval < MIN_INTERVAL_MS) errors.intervalMs = `${interval} ms is too fast: the smallest interval is ${MIN_INTERVAL_MS} ms`;
  else if (interval > 86_400_000) errors.intervalMs = `${interval} ms is more than a day: the largest interval is 86400000 ms`;
  const step = Number(form.step.trim());
  if (!INTEGER.test(form.step.trim())) errors.step = `'${form.step}' is not a whole number`;
  else if (step === 0) errors.step = "a step of 0 would publish the same value forever";
  else if (!Number.isSafeInteger(step)) errors.step = "step is too large";
  const start = Number(form.start.trim());
  if (!INTEGER.test(form.start.trim())) errors.start = `'${form.start}' is not a whole number`;
  else if (!Number.isSafeInteger(start)) errors.start = "start value is too large";
  if (Object.keys(errors).length > 0) return { errors };
  return { settings: { subject: form.subject.trim(), intervalMs: interval, step, start }, errors };
}

export type Reading =
  | { kind: "number"; value: number }
  | { kind: "not-a-number"; raw: string };

// The lab's publisher sends the number as decimal text (b"4"); accept surrounding
// whitespace and a trailing newline (echo "4" | nats pub), nothing else.
export function readPayload(text: string): Reading {
  const t = text.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) {
    const value = Number(t);
    if (Number.isFinite(value)) return { kind: "number", value };
  }
  return { kind: "not-a-number", raw: text };
}

export type Continuity =
  | { kind: "first" }
  | { kind: "in-step" }
  | { kind: "gap"; missed: number; from: number; to: number }
  | { kind: "jump"; from: number; to: number; step: number }
  | { kind: "restart"; from: number; to: number };

// Compares a publisher's new value with its previous one, given its step.
export function continuity(previous: number | undefined, value: number, step: number): Continuity {
  if (previous === undefined) return { kind: "first" };
  const delta = value - previous;
  if (delta === step) return { kind: "in-step" };
  if (step !== 0 && Math.sign(delta) === Math.sign(step) && Math.abs(delta) > Math.abs(step)) {
    const ratio = delta / step;
    if (Number.isInteger(ratio)) return { kind: "gap", missed: ratio - 1, from: previous, to: value };
    return { kind: "jump", from: previous, to: value, step };
  }
  if (delta === 0 || Math.sign(delta) !== Math.sign(step)) return { kind: "restart", from: previous, to: value };
  return { kind: "jump", from: previous, to: value, step };
}

export function describeContinuity(c: Continuity): string | undefined {
  switch (c.kind) {
    case "gap":
      return `missed ${c.missed} value${c.missed > 1 ? "s" : ""} (${c.from} → ${c.to})`;
    case "jump":
      return `jumped ${c.from} → ${c.to}, not a multiple of the step ${c.step}`;
    case "restart":
      return `went back ${c.from} → ${c.to}: the publisher restarted`;
    default:
      return undefined;
  }
}
