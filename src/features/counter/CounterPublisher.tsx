import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { useCounter, useCounterState } from "./counter-context";

/** What the interval typed means, as the user edits it. */
function intervalHint(text: string): string {
  const ms = Number(text);
  return Number.isFinite(ms) && ms >= 100 ? `every ${ms / 1000} s; at least 100` : "in milliseconds, at least 100 (10000 = every 10 s)";
}

export function CounterPublisher() {
  const counter = useCounter();
  const form = useCounterState((s) => s.form);
  const errors = useCounterState((s) => s.errors);
  const publishing = useCounterState((s) => s.publishing);
  const published = useCounterState((s) => s.published);
  const lastPublished = useCounterState((s) => s.lastPublished);
  const publishError = useCounterState((s) => s.publishError);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    counter.togglePublishing();
  };
  return (
    <section className="card" aria-labelledby="counter-publisher-title">
      <h2 id="counter-publisher-title">Publisher</h2>
      <p className="muted">
        Publishes a number as text on the subject, like the lab's Python service: any NATS client can read it.
      </p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <Field label="Subject" value={form.subject} error={errors.subject} onChange={(subject) => counter.edit({ subject })}
          hint="every tab listens on this subject too" />
        <Field label="Interval (ms)" inputMode="numeric" value={form.intervalMs} error={errors.intervalMs}
          onChange={(intervalMs) => counter.edit({ intervalMs })} hint={intervalHint(form.intervalMs)} />
        <Field label="Step" inputMode="numeric" value={form.step} error={errors.step} onChange={(step) => counter.edit({ step })} />
        <Field label="Start value" inputMode="numeric" value={form.start} error={errors.start}
          onChange={(start) => counter.edit({ start })} disabled={publishing} />
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
