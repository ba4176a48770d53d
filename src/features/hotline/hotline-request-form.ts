// The requester's form: checked before anything is sent. Pure.
import { validatePublishSubject } from "../../subjects/subject-grammar";
import type { Code } from "./hotline-protocol";
import { CODES, DEFAULT_SUBJECT, isCode, isPlainObject } from "./hotline-protocol";
import { EXAMPLES } from "./hotline-examples";

export const AskMode = { Request: "request", Inbox: "inbox" } as const;
export type AskMode = (typeof AskMode)[keyof typeof AskMode];

export const MAX_TIMEOUT_MS = 300_000;
export const MAX_REPEAT = 1000;

export type RequesterForm = { code: Code; json: string; timeoutMs: string; mode: AskMode; subject: string; repeat: string };
export type RequesterErrors = Partial<Record<"json" | "timeoutMs" | "subject" | "repeat", string>>;

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

export function jsonProblem(text: string): string | undefined {
  if (text.trim() === "") return 'Request JSON is empty: write a JSON object like {"code": "ping"}. Nothing was sent.';
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    return `Invalid JSON: ${(err as Error).message}. Nothing was sent; fix it and send again.`;
  }
}

/** Valid JSON the agents will refuse: sent anyway (to see their error reply), but said beforehand. */
export function jsonWarning(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) return "not a JSON object: agents will answer with an error reply";
  if (value.code === undefined) return 'no "code": agents will answer with an error reply';
  if (!isCode(value.code)) return `"code" is not one of ${CODES.join(", ")}: agents will answer with an error reply`;
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

function wholeNumber(text: string, what: string, min: number, max: number): { value?: number; error?: string } {
  const t = text.trim();
  if (!WHOLE.test(t)) return { error: `'${t}' is not a whole number: ${what} is ${min} to ${max}` };
  const value = Number(t);
  if (value < min || value > max) return { error: `${value} is out of range: ${what} is ${min} to ${max}` };
  return { value };
}

export function checkRequest(form: RequesterForm): { plan?: CallPlan; errors: RequesterErrors } {
  const errors: RequesterErrors = {};
  const json = jsonProblem(form.json);
  if (json) errors.json = json;
  const subject = validatePublishSubject(form.subject.trim());
  if (!subject.ok) errors.subject = subject.reason;
  const timeout = wholeNumber(form.timeoutMs, "the timeout (ms)", 1, MAX_TIMEOUT_MS);
  if (timeout.error) errors.timeoutMs = timeout.error;
  const repeat = wholeNumber(form.repeat, "the repeat count", 1, MAX_REPEAT);
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
