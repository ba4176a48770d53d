import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { useCounter } from "./counter-store";
import { editCounterForm, toggleCounterPublishing } from "./counter-actions";

/** What the interval typed means, as the user edits it. */
function intervalHint(text: string): string {
  const ms = Number(text);
  return Number.isFinite(ms) && ms >= 100 ? `every ${ms / 1000} s; at least 100` : "in milliseconds, at least 100 (10000 = every 10 s)";
}

export function CounterPublisher() {
  const form = useCounter((s) => s.form);
  const errors = useCounter((s) => s.errors);
  const publishing = useCounter((s) => s.publishing);
  const published = useCounter((s) => s.published);
  const lastPublished = useCounter((s) => s.lastPublished);
  const publishError = useCounter((s) => s.publishError);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    toggleCounterPublishing();
  };
  return (
    <section className="card" aria-labelledby="counter-publisher-title">
      <h2 id="counter-publisher-title">Publisher</h2>
      <p className="muted">
        Publishes a number as text on the subject, like the lab's Python service: any NATS client can read it.
      </p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <Field label="Subject" value={form.subject} error={errors.subject} onChange={(subject) => editCounterForm({ subject })}
          hint="every tab listens on this subject too" />
        <Field label="Interval (ms)" inputMode="numeric" value={form.intervalMs} error={errors.intervalMs}
          onChange={(intervalMs) => editCounterForm({ intervalMs })} hint={intervalHint(form.intervalMs)} />
        <Field label="Step" inputMode="numeric" value={form.step} error={errors.step} onChange={(step) => editCounterForm({ step })} />
        <Field label="Start value" inputMode="numeric" value={form.start} error={errors.start}
          onChange={(start) => editCounterForm({ start })} disabled={publishing} />
        <button type="submit" className={publishing ? "danger" : "primary"}>
          {publishing ? "Stop publishing" : "Start publishing"}
        </button>
      </form>
      <p aria-live="polite" className="muted">
        {publishing
          ? `Publishing: ${published} sent, last value ${lastPublished ?? "–"}`
          : published > 0
            ? `Stopped after ${published} messages (last value ${lastPublished})`
            : "Not publishing"}
      </p>
      {publishError && (
        <p role="alert" className="error">
          {publishError}
        </p>
      )}
    </section>
  );
}
