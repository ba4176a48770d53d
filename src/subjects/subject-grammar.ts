// NATS subject grammar, as nats-server applies it. Pure: no React, no NATS.

export const MAX_SUBJECT_LENGTH = 1024;

export type Validation = { ok: true; warnings: string[] } | { ok: false; reason: string };

const ok = (warnings: string[] = []): Validation => ({ ok: true, warnings });
const fail = (reason: string): Validation => ({ ok: false, reason });

/** Shortens what the user typed so a message stays readable (10 000 chars pasted…). */
export function shown(text: string, max = 60): string {
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

function checkCommon(text: string, what: string): Validation | undefined {
  if (text.length === 0) return fail(`${what} is empty`);
  if (text.length > MAX_SUBJECT_LENGTH) {
    return fail(`${shown(text, 30)}: ${what} is ${text.length} characters long; the limit is ${MAX_SUBJECT_LENGTH}`);
  }
  const control = text.search(/[\u0000-\u001f\u007f]/);
  if (control >= 0) {
    return fail(`${shown(text)}: control character at position ${control + 1} — ${what}s are printable text`);
  }
  const space = text.search(/\s/);
  if (space >= 0) {
    return fail(`${shown(text)}: whitespace at position ${space + 1} — a ${what} cannot contain spaces (use dots to separate tokens)`);
  }
  const tokens = text.split(".");
  const empty = tokens.findIndex((t) => t.length === 0);
  if (empty >= 0) {
    const where =
      empty === 0 ? "it starts with a dot" : empty === tokens.length - 1 ? "it ends with a dot" : `between dots at token ${empty + 1}`;
    return fail(`${shown(text)}: empty token (${where})`);
  }
  return undefined;
}

function literalWildcardWarnings(tokens: string[]): string[] {
  return tokens
    .filter((t) => t.length > 1 && (t.includes("*") || t.includes(">")))
    .map((t) => `'${shown(t, 30)}' is a literal token, not a wildcard: '*' and '>' are wildcards only as a whole token`);
}

/** A subject a message can be published on: literal tokens only. */
export function validatePublishSubject(subject: string): Validation {
  const common = checkCommon(subject, "subject");
  if (common) return common;
  const tokens = subject.split(".");
  const wild = tokens.findIndex((t) => t === "*" || t === ">");
  if (wild >= 0) {
    return fail(
      `${shown(subject)}: token ${wild + 1} is the wildcard '${tokens[wild]}' — wildcards are for subscriptions; a message is published on a literal subject`,
    );
  }
  return ok(literalWildcardWarnings(tokens));
}

/** A subscription pattern: '*' matches one token, '>' the rest (last token only). */
export function validatePattern(pattern: string): Validation {
  const common = checkCommon(pattern, "pattern");
  if (common) return common;
  const tokens = pattern.split(".");
  const gt = tokens.findIndex((t) => t === ">");
  if (gt >= 0 && gt !== tokens.length - 1) {
    return fail(`${shown(pattern)}: '>' must be the last token (it stands for everything after it)`);
  }
  return ok(literalWildcardWarnings(tokens));
}

export function isWildcardPattern(pattern: string): boolean {
  return pattern.split(".").some((t) => t === "*" || t === ">");
}
