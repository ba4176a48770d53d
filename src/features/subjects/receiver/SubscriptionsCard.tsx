import type { FormEvent } from "react";
import { Field } from "../../../ui/Field";
import { useReceiver, useReceiverState } from "./receiver-context";
import { SubscriptionItem } from "./SubscriptionItem";

export function SubscriptionsCard() {
  const receiver = useReceiver();
  const subs = useReceiverState((s) => s.subs);
  const counts = useReceiverState((s) => s.counts);
  const pattern = useReceiverState((s) => s.pattern);
  const messages = useReceiverState((s) => s.messages);
  const deliveries = useReceiverState((s) => s.deliveries);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    receiver.subscribe();
  };
  return (
    <section className="card" aria-labelledby="subjects-subs-title">
      <h2 id="subjects-subs-title">Subscriptions of this tab</h2>
      <form onSubmit={onSubmit} className="form subscribe-form" noValidate>
        <Field label="Pattern" value={pattern.text} onChange={receiver.editPattern} error={pattern.error}
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
