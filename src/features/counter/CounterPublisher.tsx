import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { useFormat } from "../../i18n/format";
import { useCounter, useCounterState, useCounterWords } from "./counter-context";
import { MIN_INTERVAL_MS } from "./counter-logic";
import { failureText, fieldError } from "./counter-words";

export function CounterPublisher() {
  const counter = useCounter();
  const w = useCounterWords();
  const t = w.t.publisher;
  const f = useFormat();
  const form = useCounterState((s) => s.form);
  const errors = useCounterState((s) => s.errors);
  const publishing = useCounterState((s) => s.publishing);
  const published = useCounterState((s) => s.published);
  const lastPublished = useCounterState((s) => s.lastPublished);
  const failure = failureText(useCounterState((s) => s.publishFailure), w);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    counter.togglePublishing();
  };
  // what the interval typed means, as the user edits it
  const ms = Number(form.intervalMs);
  const intervalHint = Number.isFinite(ms) && ms >= MIN_INTERVAL_MS ? t.intervalHint({ seconds: f.number(ms / 1000, 3) }) : t.intervalHintDefault;
  const last = lastPublished === undefined ? "–" : String(lastPublished);
  return (
    <section className="card" aria-labelledby="counter-publisher-title">
      <h2 id="counter-publisher-title">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <Field label={t.subject} value={form.subject} error={fieldError(errors.subject, w)} onChange={(subject) => counter.edit({ subject })}
          hint={t.subjectHint} />
        <Field label={t.interval} inputMode="numeric" value={form.intervalMs} error={fieldError(errors.intervalMs, w)}
          onChange={(intervalMs) => counter.edit({ intervalMs })} hint={intervalHint} />
        <Field label={t.step} inputMode="numeric" value={form.step} error={fieldError(errors.step, w)} onChange={(step) => counter.edit({ step })} />
        <Field label={t.start} inputMode="numeric" value={form.start} error={fieldError(errors.start, w)}
          onChange={(start) => counter.edit({ start })} disabled={publishing} />
        <button type="submit" className={publishing ? "danger" : "primary"}>
          {publishing ? t.stopPublishing : t.startPublishing}
        </button>
      </form>
      <p aria-live="polite" className="muted">
        {publishing ? t.publishing({ sent: published, last }) : published > 0 ? t.stopped({ sent: published, last }) : t.idle}
      </p>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
    </section>
  );
}
