import { useRef } from "react";
import type { KeyboardEvent } from "react";
import { explainMatch } from "../../../subjects/match-explain";
import { matches } from "../../../subjects/subject-match";
import { validatePattern, validatePublishSubject } from "../../../subjects/subject-grammar";
import { describeProblem, describeStep, describeVerdict } from "../../../subjects/subject-text";
import { Field } from "../../../ui/Field";
import { SubChip } from "./SubChip";
import { useReceiver, useReceiverState, useReceiverWords } from "./receiver-context";
import { EXPLAINER_ID } from "./use-explain-subject";

// Closed until asked for (its own button, or Explain on a row or tree node), so the
// panel's Subject and Pattern fields are the only ones on screen by default.
// Escape closes it from anywhere inside, and gives the focus back to its button.
export function MatchExplainer() {
  const receiver = useReceiver();
  const t = useReceiverWords().t.explainer;
  const open = useReceiverState((s) => s.explain.open);
  const toggle = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open) return;
    e.preventDefault();
    receiver.editExplain({ open: false });
    toggle.current?.focus();
  };
  return (
    <section className="card" id={EXPLAINER_ID} aria-labelledby="subjects-explainer-title" onKeyDown={onKeyDown}>
      <div className="explainer-head">
        <h2 id="subjects-explainer-title">{t.title}</h2>
        <button ref={toggle} type="button" className="small" aria-expanded={open} aria-controls={`${EXPLAINER_ID}-body`}
          onClick={() => receiver.editExplain({ open: !open })}>
          {open ? t.close : t.open}
        </button>
      </div>
      {open ? <ExplainerBody /> : <p className="muted">{t.closed}</p>}
    </section>
  );
}

function ExplainerBody() {
  const receiver = useReceiver();
  const w = useReceiverWords();
  const t = w.t.explainer;
  const { subject, pattern } = useReceiverState((s) => s.explain);
  const subs = useReceiverState((s) => s.subs);
  const subjectCheck = validatePublishSubject(subject.trim());
  const patternCheck = validatePattern(pattern.trim());
  const explanation = subjectCheck.ok && patternCheck.ok ? explainMatch(pattern.trim(), subject.trim()) : undefined;
  return (
    <div id={`${EXPLAINER_ID}-body`}>
      <div className="form">
        <Field label={t.subject} value={subject} onChange={(v) => receiver.editExplain({ subject: v })}
          error={subjectCheck.ok ? undefined : describeProblem(subjectCheck.problem, w.subject)} hint={t.subjectHint} />
        <Field label={t.pattern} value={pattern} onChange={(v) => receiver.editExplain({ pattern: v })}
          error={patternCheck.ok ? undefined : describeProblem(patternCheck.problem, w.subject)} />
      </div>
      <div role="region" aria-label={t.result} aria-live="polite" className="explanation">
        {explanation ? (
          <>
            <p className={explanation.matches ? "verdict yes" : "verdict no"}>
              {explanation.matches ? "✓" : "✗"} {describeVerdict(explanation, w.subject)}
            </p>
            <ol className="steps">
              {explanation.steps.map((step) => (
                <li key={step.index} className={step.ok ? "step ok" : "step bad"}>
                  {describeStep(step, w.subject)}
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">{t.invalid}</p>
        )}
      </div>
      {subjectCheck.ok && subs.length > 0 && (
        <div className="explain-subs">
          <p className="muted">{t.subsIntro}</p>
          <ul aria-label={t.subsList} className="explain-sub-list">
            {subs.map((s) => (
              <li key={s.key}>
                <button type="button" className="small" aria-label={t.explainWith(s)}
                  onClick={() => receiver.editExplain({ pattern: s.pattern })}>
                  {matches(s.pattern, subject.trim()) ? "✓" : "✗"}
                </button>{" "}
                <SubChip pattern={s.pattern} colour={s.colour} dim={!matches(s.pattern, subject.trim())} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
