import { defineMessages } from "../i18n/messages";
import type { SubjectNote, SubjectProblem } from "./subject-problems";
import type { ExplainStep, Explanation } from "./match-explain";

type What = { what: string };
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

// The subject grammar and the match explainer, said to people (English; French in subject-text.fr.ts).
export const subjectEn = {
  subject: "subject",
  pattern: "pattern",
  problem: {
    empty: (p: What) => `${p.what} is empty`,
    tooLong: (p: What & { text: string; length: number; limit: number }) =>
      `${p.text}: ${p.what} is ${p.length} characters long; the limit is ${p.limit}`,
    control: (p: What & { text: string; position: number }) => `${p.text}: control character at position ${p.position} — ${p.what}s are printable text`,
    whitespace: (p: What & { text: string; position: number }) =>
      `${p.text}: whitespace at position ${p.position} — a ${p.what} cannot contain spaces (use dots to separate tokens)`,
    emptyTokenStart: (p: { text: string }) => `${p.text}: empty token (it starts with a dot)`,
    emptyTokenEnd: (p: { text: string }) => `${p.text}: empty token (it ends with a dot)`,
    emptyToken: (p: { text: string; token: number }) => `${p.text}: empty token (between dots at token ${p.token})`,
    wildcardInSubject: (p: { text: string; token: number; wildcard: string }) =>
      `${p.text}: token ${p.token} is the wildcard '${p.wildcard}' — wildcards are for subscriptions; a message is published on a literal subject`,
    gtNotLast: (p: { text: string }) => `${p.text}: '>' must be the last token (it stands for everything after it)`,
  },
  literalWildcard: (p: { token: string }) => `'${p.token}' is a literal token, not a wildcard: '*' and '>' are wildcards only as a whole token`,
  step: {
    extraToken: (p: { n: number; token: string }) => `token ${p.n}: the subject goes on with '${p.token}' but the pattern has ended — no '>' to take it`,
    gtNeedsOne: (p: { n: number }) => `token ${p.n}: '>' needs at least one more token, the subject has none left`,
    rest: (p: { n: number; rest: string; count: number }) =>
      `token ${p.n}+: '>' takes the rest of the subject, '${p.rest}' (${p.count} token${p.count > 1 ? "s" : ""})`,
    missingToken: (p: { n: number; token: string }) => `token ${p.n}: the pattern expects '${p.token}' but the subject has ended`,
    star: (p: { n: number; token: string }) => `token ${p.n}: '*' takes exactly one token, '${p.token}'`,
    equal: (p: { n: number; pattern: string; subject: string }) => `token ${p.n}: '${p.pattern}' equals '${p.subject}'`,
    differs: (p: { n: number; pattern: string; subject: string; caseOnly: boolean }) =>
      `token ${p.n}: '${p.pattern}' ≠ '${p.subject}'${p.caseOnly ? " (subjects are case-sensitive)" : ""}`,
  },
  matches: (p: { pattern: string; subject: string }) => `'${p.pattern}' matches '${p.subject}'`,
  doesNotMatch: (p: { pattern: string; subject: string }) => `'${p.pattern}' does not match '${p.subject}'`,
};

export type SubjectText = typeof subjectEn;

export const subjectText = defineMessages(subjectEn, () => import("./subject-text.fr"));

export function describeProblem(p: SubjectProblem, t: SubjectText = subjectEn): string {
  switch (p.kind) {
    case "empty":
      return t.problem.empty({ what: t[p.what] });
    case "too-long":
      return t.problem.tooLong({ ...p, what: t[p.what] });
    case "control":
      return t.problem.control({ ...p, what: t[p.what] });
    case "whitespace":
      return t.problem.whitespace({ ...p, what: t[p.what] });
    case "empty-token":
      if (p.at === "start") return t.problem.emptyTokenStart(p);
      if (p.at === "end") return t.problem.emptyTokenEnd(p);
      return t.problem.emptyToken({ text: p.text, token: p.at });
    case "wildcard-in-subject":
      return t.problem.wildcardInSubject(p);
    case "gt-not-last":
      return t.problem.gtNotLast(p);
  }
}

export const describeNote = (n: SubjectNote, t: SubjectText = subjectEn): string => t.literalWildcard(n);

export function describeStep(s: ExplainStep, t: SubjectText = subjectEn): string {
  const n = s.index + 1;
  const pt = cut(s.patternToken ?? "", 30);
  const st = cut(s.subjectToken ?? "", 30);
  switch (s.verdict) {
    case "extra-token":
      return t.step.extraToken({ n, token: st });
    case "missing-token":
      return s.patternToken === ">" ? t.step.gtNeedsOne({ n }) : t.step.missingToken({ n, token: pt });
    case "rest":
      return t.step.rest({ n, rest: cut(s.subjectToken ?? "", 40), count: s.restTokens ?? 1 });
    case "star":
      return t.step.star({ n, token: st });
    case "equal":
      return t.step.equal({ n, pattern: pt, subject: st });
    case "differs":
      return t.step.differs({ n, pattern: pt, subject: st, caseOnly: pt.toLowerCase() === st.toLowerCase() });
  }
}

export function describeVerdict(e: Pick<Explanation, "matches" | "pattern" | "subject">, t: SubjectText = subjectEn): string {
  const p = { pattern: cut(e.pattern, 60), subject: cut(e.subject, 60) };
  return e.matches ? t.matches(p) : t.doesNotMatch(p);
}
