// NATS subject grammar, as nats-server applies it. Pure: no React, no NATS.
// Problems are data (subject-text.ts says them to people, in English or French).
import type { SubjectNote, SubjectProblem } from "./subject-problems";

export const MAX_SUBJECT_LENGTH = 1024;

/** Problems and notes are data; subject-text.ts says them in the page's language (only where one is shown). */
export type Validation = { ok: true; notes: SubjectNote[] } | { ok: false; problem: SubjectProblem };

const ok = (notes: SubjectNote[] = []): Validation => ({ ok: true, notes });
const fail = (problem: SubjectProblem): Validation => ({ ok: false, problem });

/** Shortens what the user typed so a message stays readable (10 000 chars pasted…). */
export function shown(text: string, max = 60): string {
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

function checkCommon(text: string, what: "subject" | "pattern"): Validation | undefined {
  if (text.length === 0) return fail({ kind: "empty", what });
  if (text.length > MAX_SUBJECT_LENGTH) return fail({ kind: "too-long", what, text: shown(text, 30), length: text.length, limit: MAX_SUBJECT_LENGTH });
  const control = text.search(/[\u0000-\u001f\u007f]/);
  if (control >= 0) return fail({ kind: "control", what, text: shown(text), position: control + 1 });
  const space = text.search(/\s/);
  if (space >= 0) return fail({ kind: "whitespace", what, text: shown(text), position: space + 1 });
  const tokens = text.split(".");
  const empty = tokens.findIndex((t) => t.length === 0);
  if (empty >= 0) {
    const at = empty === 0 ? "start" : empty === tokens.length - 1 ? "end" : empty + 1;
    return fail({ kind: "empty-token", text: shown(text), at });
  }
  return undefined;
}

function literalWildcards(tokens: string[]): SubjectNote[] {
  return tokens.filter((t) => t.length > 1 && (t.includes("*") || t.includes(">"))).map((t) => ({ kind: "literal-wildcard", token: shown(t, 30) }));
}

/** A subject a message can be published on: literal tokens only. */
export function validatePublishSubject(subject: string): Validation {
  const common = checkCommon(subject, "subject");
  if (common) return common;
  const tokens = subject.split(".");
  const wild = tokens.findIndex((t) => t === "*" || t === ">");
  if (wild >= 0) return fail({ kind: "wildcard-in-subject", text: shown(subject), token: wild + 1, wildcard: tokens[wild]! });
  return ok(literalWildcards(tokens));
}

/** A subscription pattern: '*' matches one token, '>' the rest (last token only). */
export function validatePattern(pattern: string): Validation {
  const common = checkCommon(pattern, "pattern");
  if (common) return common;
  const tokens = pattern.split(".");
  const gt = tokens.findIndex((t) => t === ">");
  if (gt >= 0 && gt !== tokens.length - 1) return fail({ kind: "gt-not-last", text: shown(pattern) });
  return ok(literalWildcards(tokens));
}

export function isWildcardPattern(pattern: string): boolean {
  return pattern.split(".").some((t) => t === "*" || t === ">");
}
