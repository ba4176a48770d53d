import { matches } from "./subject-match";
import { shown } from "./subject-grammar";
import { describeStep, describeVerdict } from "./subject-text";

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
  /** how many subject tokens a '>' took */
  restTokens?: number;
  verdict: StepVerdict;
  ok: boolean;
  /** the step in English (describeStep says it in another language) */
  text: string;
};

export type Explanation = { matches: boolean; pattern: string; subject: string; steps: ExplainStep[]; summary: string };

type Step = Omit<ExplainStep, "text">;

// Walks pattern and subject token by token and says, for each, why it fits or not.
// Stops at the first token that decides a mismatch, like the server does.
export function explainMatch(pattern: string, subject: string): Explanation {
  const p = pattern.split(".");
  const s = subject.split(".");
  const steps: Step[] = [];
  for (let i = 0; i < Math.max(p.length, s.length); i++) {
    const pt = p[i];
    const st = s[i];
    if (pt === undefined) {
      steps.push({ index: i, subjectToken: shown(st!), verdict: StepVerdict.ExtraToken, ok: false });
      break;
    }
    if (pt === ">") {
      if (st === undefined) steps.push({ index: i, patternToken: pt, verdict: StepVerdict.MissingToken, ok: false });
      else steps.push({ index: i, patternToken: pt, subjectToken: shown(s.slice(i).join("."), 1000), restTokens: s.length - i, verdict: StepVerdict.Rest, ok: true });
      break;
    }
    if (st === undefined) {
      steps.push({ index: i, patternToken: shown(pt), verdict: StepVerdict.MissingToken, ok: false });
      break;
    }
    if (pt === "*") {
      steps.push({ index: i, patternToken: pt, subjectToken: shown(st), verdict: StepVerdict.Star, ok: true });
      continue;
    }
    const same = pt === st;
    steps.push({ index: i, patternToken: shown(pt), subjectToken: shown(st), verdict: same ? StepVerdict.Equal : StepVerdict.Differs, ok: same });
    if (!same) break;
  }
  const result = { matches: matches(pattern, subject), pattern: shown(pattern, 1000), subject: shown(subject, 1000) };
  return { ...result, steps: steps.map((step) => ({ ...step, text: describeStep({ ...step, text: "" }) })), summary: describeVerdict(result) };
}
