import { matches } from "./subject-match";
import { shown } from "./subject-grammar";

export const StepVerdict = {
  Equal: "equal",
  Differs: "differs",
  Star: "star",
  Rest: "rest",
  MissingToken: "missing-token",
  ExtraToken: "extra-token",
} as const;
export type StepVerdict = (typeof StepVerdict)[keyof typeof StepVerdict];

export type ExplainStep = {
  index: number;
  patternToken?: string;
  subjectToken?: string;
  verdict: StepVerdict;
  ok: boolean;
  text: string;
};

export type Explanation = { matches: boolean; steps: ExplainStep[]; summary: string };

// Walks pattern and subject token by token and says, for each, why it fits or not.
// Stops at the first token that decides a mismatch, like the server does.
export function explainMatch(pattern: string, subject: string): Explanation {
  const p = pattern.split(".");
  const s = subject.split(".");
  const steps: ExplainStep[] = [];
  for (let i = 0; i < Math.max(p.length, s.length); i++) {
    const pt = p[i];
    const st = s[i];
    const n = i + 1;
    if (pt === undefined) {
      steps.push({ index: i, subjectToken: st, verdict: StepVerdict.ExtraToken, ok: false,
        text: `token ${n}: the subject goes on with '${shown(st!, 30)}' but the pattern has ended — no '>' to take it` });
      break;
    }
    if (pt === ">") {
      if (st === undefined) {
        steps.push({ index: i, patternToken: pt, verdict: StepVerdict.MissingToken, ok: false,
          text: `token ${n}: '>' needs at least one more token, the subject has none left` });
      } else {
        const rest = s.slice(i).join(".");
        steps.push({ index: i, patternToken: pt, subjectToken: rest, verdict: StepVerdict.Rest, ok: true,
          text: `token ${n}+: '>' takes the rest of the subject, '${shown(rest, 40)}' (${s.length - i} token${s.length - i > 1 ? "s" : ""})` });
      }
      break;
    }
    if (st === undefined) {
      steps.push({ index: i, patternToken: pt, verdict: StepVerdict.MissingToken, ok: false,
        text: `token ${n}: the pattern expects '${shown(pt, 30)}' but the subject has ended` });
      break;
    }
    if (pt === "*") {
      steps.push({ index: i, patternToken: pt, subjectToken: st, verdict: StepVerdict.Star, ok: true,
        text: `token ${n}: '*' takes exactly one token, '${shown(st, 30)}'` });
      continue;
    }
    if (pt === st) {
      steps.push({ index: i, patternToken: pt, subjectToken: st, verdict: StepVerdict.Equal, ok: true,
        text: `token ${n}: '${shown(pt, 30)}' equals '${shown(st, 30)}'` });
      continue;
    }
    const caseOnly = pt.toLowerCase() === st.toLowerCase();
    steps.push({ index: i, patternToken: pt, subjectToken: st, verdict: StepVerdict.Differs, ok: false,
      text: `token ${n}: '${shown(pt, 30)}' ≠ '${shown(st, 30)}'${caseOnly ? " (subjects are case-sensitive)" : ""}` });
    break;
  }
  const result = matches(pattern, subject);
  return {
    matches: result,
    steps,
    summary: result
      ? `'${shown(pattern)}' matches '${shown(subject)}'`
      : `'${shown(pattern)}' does not match '${shown(subject)}'`,
  };
}
