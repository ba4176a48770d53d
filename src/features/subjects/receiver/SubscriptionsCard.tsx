import type { FormEvent } from "react";
import { Field } from "../../../ui/Field";
import { describeNote } from "../../../subjects/subject-text";
import { withCode } from "../with-code";
import { useReceiver, useReceiverState, useReceiverWords } from "./receiver-context";
import { describePatternProblem } from "./receiver-text";
import { SubscriptionItem } from "./SubscriptionItem";

export function SubscriptionsCard() {
  const receiver = useReceiver();
  const w = useReceiverWords();
  const t = w.t.subs;
  const subs = useReceiverState((s) => s.subs);
  const counts = useReceiverState((s) => s.counts);
  const rates = useReceiverState((s) => s.rates);
  const pattern = useReceiverState((s) => s.pattern);
  const messages = useReceiverState((s) => s.messages);
  const deliveries = useReceiverState((s) => s.deliveries);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    receiver.subscribe();
  };
  return (
    <section className="card" aria-labelledby="subjects-subs-title">
      <h2 id="subjects-subs-title">{t.title}</h2>
      <form onSubmit={onSubmit} className="form subscribe-form" noValidate>
        <Field label={t.pattern} value={pattern.text} onChange={receiver.editPattern}
          error={pattern.problem && describePatternProblem(pattern.problem, w.t, w.subject)}
          hint={pattern.notes.length > 0 ? pattern.notes.map((n) => describeNote(n, w.subject)).join(w.t.separator) : withCode(t.patternHint, ["*", ">"])} />
        <button type="submit" className="primary">{t.subscribe}</button>
      </form>
      {subs.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul aria-label={t.list} className="sub-list">
          {subs.map((s) => (
            <SubscriptionItem key={s.key} sub={s} count={counts[s.key] ?? 0} rate={rates[s.key]} />
          ))}
        </ul>
      )}
      <p className="muted" aria-label={t.totalsLabel}>
        {t.totals({ messages, deliveries }, w.n)}
      </p>
    </section>
  );
}
