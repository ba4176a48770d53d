import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { useSubjects } from "./subjects-store";
import { editPattern, subscribePattern } from "./subjects-actions";
import { SubscriptionItem } from "./SubscriptionItem";

export function SubscriptionsCard() {
  const subs = useSubjects((s) => s.subs);
  const counts = useSubjects((s) => s.counts);
  const pattern = useSubjects((s) => s.pattern);
  const messages = useSubjects((s) => s.messages);
  const deliveries = useSubjects((s) => s.deliveries);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    subscribePattern();
  };
  return (
    <section className="card" aria-labelledby="subjects-subs-title">
      <h2 id="subjects-subs-title">Subscriptions of this tab</h2>
      <form onSubmit={onSubmit} className="form subscribe-form" noValidate>
        <Field label="Pattern" value={pattern.text} onChange={editPattern} error={pattern.error}
          hint={pattern.warnings.length > 0 ? pattern.warnings.join("; ") : "* = exactly one token, > = one or more at the end"} />
        <button type="submit" className="primary">Subscribe</button>
      </form>
      {subs.length === 0 ? (
        <p className="muted">No subscription: add a pattern to receive messages.</p>
      ) : (
        <ul aria-label="Subscriptions" className="sub-list">
          {subs.map((s) => (
            <SubscriptionItem key={s.key} sub={s} count={counts[s.key] ?? 0} />
          ))}
        </ul>
      )}
      <p className="muted" aria-label="Totals">
        {messages} message{messages === 1 ? "" : "s"} received, {deliveries} deliver{deliveries === 1 ? "y" : "ies"} — one per
        matching subscription
      </p>
    </section>
  );
}
