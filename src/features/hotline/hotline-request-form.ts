// The requester's form: checked before anything is sent. Pure.
import { validatePublishSubject } from "../../subjects/subject-grammar";
import type { SubjectProblem } from "../../subjects/subject-problems";
import type { Code } from "./hotline-protocol";
import { DEFAULT_SUBJECT, isCode, isPlainObject } from "./hotline-protocol";
import { EXAMPLES } from "./hotline-examples";

export const AskMode = { Request: "request", Inbox: "inbox" } as const;
export type AskMode = (typeof AskMode)[keyof typeof AskMode];

export const MAX_TIMEOUT_MS = 300_000;
export const MAX_REPEAT = 1000;

export type RequesterForm = { code: Code; json: string; timeoutMs: string; mode: AskMode; subject: string; repeat: string };
/** Why the form is refused: data, said by requester-text.ts in the page's language. */
export type RequestProblem =
  | { kind: "subject"; problem: SubjectProblem }
  | { kind: "json-empty" }
  /** detail: the JSON parser's own message (the JS engine's, English) */
  | { kind: "json-invalid"; detail: string }
  | { kind: "not-whole"; field: NumberField; text: string; min: number; max: number }
  | { kind: "out-of-range"; field: NumberField; value: number; min: number; max: number };
export type NumberField = "timeout" | "repeat";
export type RequesterErrors = Partial<Record<"json" | "timeoutMs" | "subject" | "repeat", RequestProblem>>;
/** Valid JSON the agents will refuse: sent anyway, but said beforehand. */
export type JsonWarning = { kind: "not-an-object" } | { kind: "no-code" } | { kind: "unknown-code" };

export type CallPlan = { subject: string; payload: string; code: string; timeoutMs: number; mode: AskMode; repeat: number };

export const DEFAULT_REQUESTER_FORM: RequesterForm = {
  code: "ping",
  json: EXAMPLES.ping,
  timeoutMs: "2000",
  mode: AskMode.Request,
  subject: DEFAULT_SUBJECT,
  repeat: "1",
};

const WHOLE = /^\d+$/;

export function jsonProblem(text: string): RequestProblem | undefined {
  if (text.trim() === "") return { kind: "json-empty" };
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    return { kind: "json-invalid", detail: (err as Error).message };
  }
}

/** Valid JSON the agents will refuse: sent anyway (to see their error reply), but said beforehand. */
export function jsonWarning(text: string): JsonWarning | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) return { kind: "not-an-object" };
  if (value.code === undefined) return { kind: "no-code" };
  if (!isCode(value.code)) return { kind: "unknown-code" };
  return undefined;
}

/** The code a payload asks for, for the history ("?" when it names none). */
export function codeOf(payload: string): string {
  try {
    const value: unknown = JSON.parse(payload);
    return isPlainObject(value) && typeof value.code === "string" ? value.code : "?";
  } catch {
    return "?";
  }
}

function wholeNumber(text: string, field: NumberField, min: number, max: number): { value?: number; error?: RequestProblem } {
  const t = text.trim();
  if (!WHOLE.test(t)) return { error: { kind: "not-whole", field, text: t, min, max } };
  const value = Number(t);
  if (value < min || value > max) return { error: { kind: "out-of-range", field, value, min, max } };
  return { value };
}

export function checkRequest(form: RequesterForm): { plan?: CallPlan; errors: RequesterErrors } {
  const errors: RequesterErrors = {};
  const json = jsonProblem(form.json);
  if (json) errors.json = json;
  const subject = validatePublishSubject(form.subject.trim());
  if (!subject.ok) errors.subject = { kind: "subject", problem: subject.problem };
  const timeout = wholeNumber(form.timeoutMs, "timeout", 1, MAX_TIMEOUT_MS);
  if (timeout.error) errors.timeoutMs = timeout.error;
  const repeat = wholeNumber(form.repeat, "repeat", 1, MAX_REPEAT);
  if (repeat.error) errors.repeat = repeat.error;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    plan: {
      subject: form.subject.trim(),
      payload: form.json,
      code: codeOf(form.json),
      timeoutMs: timeout.value!,
      mode: form.mode,
      repeat: repeat.value!,
    },
    errors,
  };
}

/** Picking a code replaces the JSON only if it is still an untouched example: typed text is never dropped. */
export function switchCode(form: RequesterForm, code: Code): { form: RequesterForm; kept: boolean } {
  const untouched = form.json.trim() === "" || form.json === EXAMPLES[form.code] || form.json === EXAMPLES[code];
  if (untouched) return { form: { ...form, code, json: EXAMPLES[code] }, kept: false };
  return { form: { ...form, code }, kept: true };
}
