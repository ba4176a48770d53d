import { explainMatch } from "../../../subjects/match-explain";
import { matches } from "../../../subjects/subject-match";
import { validatePattern, validatePublishSubject } from "../../../subjects/subject-grammar";
import { Field } from "../../../ui/Field";
import { SubChip } from "./SubChip";
import { useReceiver, useReceiverState } from "./receiver-context";
import { EXPLAINER_ID } from "./use-explain-subject";

// Closed until asked for (its own button, or Explain on a row or tree node), so the
// panel's Subject and Pattern fields are the only ones on screen by default.
export function MatchExplainer() {
  const receiver = useReceiver();
  const open = useReceiverState((s) => s.explain.open);
  return (
    <section className="card" id={EXPLAINER_ID} aria-labelledby="subjects-explainer-title">
      <div className="explainer-head">
        <h2 id="subjects-explainer-title">Why does it match?</h2>
        <button type="button" className="small" aria-expanded={open} aria-controls={`${EXPLAINER_ID}-body`}
          onClick={() => receiver.editExplain({ open: !open })}>
          {open ? "Close explainer" : "Open explainer"}
        </button>
      </div>
      {open ? <ExplainerBody /> : <p className="muted">Pick a subject and a pattern and see, token by token, why they match or not.</p>}
    </section>
  );
}

function ExplainerBody() {
  const receiver = useReceiver();
  const { subject, pattern } = useReceiverState((s) => s.explain);
  const subs = useReceiverState((s) => s.subs);
  const subjectCheck = validatePublishSubject(subject.trim());
  const patternCheck = validatePattern(pattern.trim());
  const explanation = subjectCheck.ok && patternCheck.ok ? explainMatch(pattern.trim(), subject.trim()) : undefined;
  return (
    <div id={`${EXPLAINER_ID}-body`}>
      <div className="form">
        <Field label="Explain subject" value={subject} onChange={(v) => receiver.editExplain({ subject: v })}
          error={subjectCheck.ok ? undefined : subjectCheck.reason} hint="a subject as published: no wildcards" />
        <Field label="Explain pattern" value={pattern} onChange={(v) => receiver.editExplain({ pattern: v })}
          error={patternCheck.ok ? undefined : patternCheck.reason} />
      </div>
      <div role="region" aria-label="Match explanation" aria-live="polite" className="explanation">
        {explanation ? (
          <>
            <p className={explanation.matches ? "verdict yes" : "verdict no"}>
              {explanation.matches ? "✓" : "✗"} {explanation.summary}
            </p>
            <ol className="steps">
              {explanation.steps.map((step) => (
                <li key={step.index} className={step.ok ? "step ok" : "step bad"}>
                  {step.text}
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">Type a valid subject and pattern to see, token by token, why they match or not.</p>
        )}
      </div>
      {subjectCheck.ok && subs.length > 0 && (
        <div className="explain-subs">
          <p className="muted">This tab's patterns for this subject (pick one to explain it):</p>
          <ul aria-label="This tab's subscriptions, checked" className="explain-sub-list">
            {subs.map((s) => (
              <li key={s.key}>
                <button type="button" className="small" aria-label={`Explain with ${s.pattern}`}
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
