import { validatePublishSubject } from "../../subjects/subject-grammar";
import type { SubjectProblem } from "../../subjects/subject-problems";

export const PUBLISHER_HEADER = "Playground-Publisher";
export const PUBLISHER_ID_HEADER = "Playground-Publisher-Id";
export const STEP_HEADER = "Playground-Step";
export const UNKNOWN_PUBLISHER = "unknown";
export const MIN_INTERVAL_MS = 100;

export type CounterSettings = { subject: string; intervalMs: number; step: number; start: number };
export type CounterForm = { subject: string; intervalMs: string; step: string; start: string };
/** Why a field is refused: data, said by counter-text.ts in the page's language. */
export type FieldProblem =
  | { kind: "subject"; problem: SubjectProblem }
  | { kind: "not-whole"; text: string; unit: "ms" | "none" }
  | { kind: "too-fast"; ms: number; min: number }
  | { kind: "too-slow"; ms: number; max: number }
  | { kind: "step-zero" }
  | { kind: "too-large"; field: "step" | "start" };
export type FormErrors = Partial<Record<keyof CounterForm, FieldProblem>>;

export const MAX_INTERVAL_MS = 86_400_000;

export const DEFAULT_FORM: CounterForm = { subject: "compteur", intervalMs: "10000", step: "2", start: "0" };

const INTEGER = /^-?\d+$/;

export function checkForm(form: CounterForm): { settings?: CounterSettings; errors: FormErrors } {
  const errors: FormErrors = {};
  const subject = validatePublishSubject(form.subject.trim());
  if (!subject.ok) errors.subject = { kind: "subject", problem: subject.problem };
  const interval = Number(form.intervalMs.trim());
  if (!INTEGER.test(form.intervalMs.trim())) errors.intervalMs = { kind: "not-whole", text: form.intervalMs, unit: "ms" };
  else if (interval < MIN_INTERVAL_MS) errors.intervalMs = { kind: "too-fast", ms: interval, min: MIN_INTERVAL_MS };
  else if (interval > MAX_INTERVAL_MS) errors.intervalMs = { kind: "too-slow", ms: interval, max: MAX_INTERVAL_MS };
  const step = Number(form.step.trim());
  if (!INTEGER.test(form.step.trim())) errors.step = { kind: "not-whole", text: form.step, unit: "none" };
  else if (step === 0) errors.step = { kind: "step-zero" };
  else if (!Number.isSafeInteger(step)) errors.step = { kind: "too-large", field: "step" };
  const start = Number(form.start.trim());
  if (!INTEGER.test(form.start.trim())) errors.start = { kind: "not-whole", text: form.start, unit: "none" };
  else if (!Number.isSafeInteger(start)) errors.start = { kind: "too-large", field: "start" };
  if (Object.keys(errors).length > 0) return { errors };
  return { settings: { subject: form.subject.trim(), intervalMs: interval, step, start }, errors };
}

/** A payload that is not UTF-8 text: shown as its size and its first bytes. */
export type Binary = { size: number; preview: string };

export type Reading =
  | { kind: "number"; value: number }
  | {
      kind: "not-a-number";
      /** the text as shown: its first MAX_SHOWN_CHARS characters and "…" when longer (the inspector has it all); empty for binary */
      raw: string;
      /** the whole text's length, when `raw` is only its start */
      length?: number;
      /** not UTF-8 text */
      binary?: Binary;
    };

/** What a non-number keeps of its text: a value is read at a glance, the inspector shows the rest. */
export const MAX_SHOWN_CHARS = 80;

// The lab's publisher sends the number as decimal text (b"4"); accept surrounding
// whitespace and a trailing newline (echo "4" | nats pub), nothing else.
export function readPayload(text: string): Reading {
  const t = text.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) {
    const value = Number(t);
    if (Number.isFinite(value)) return { kind: "number", value };
  }
  if (text.length > MAX_SHOWN_CHARS) return { kind: "not-a-number", raw: `${text.slice(0, MAX_SHOWN_CHARS)}…`, length: text.length };
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
