import { useId } from "react";
import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { LabelledSelect } from "../../ui/LabelledSelect";
import { JsonEditor } from "./JsonEditor";
import { AskMode } from "./hotline-request-form";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";
import { describeRequestProblem } from "./requester-words";
import { useRequester, useRequesterState, useRequesterWords } from "./hotline-context";

export function RequesterForm() {
  const id = useId();
  const w = useRequesterWords();
  const t = w.t.form;
  const requester = useRequester();
  const form = useRequesterState((s) => s.form);
  const errors = useRequesterState((s) => s.errors);
  const busy = useRequesterState((s) => s.busy);
  const notice = useRequesterState((s) => s.notice);
  const repeating = useRequesterState((s) => s.busy && (s.run?.total ?? 1) > 1);
  const askModes = Object.values(AskMode).map((value) => ({ value, label: w.t.askModes[value] }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void requester.send();
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <JsonEditor />
        <Field label={t.timeout} inputMode="numeric" value={form.timeoutMs} error={errors.timeoutMs && describeRequestProblem(errors.timeoutMs, w)}
          onChange={(timeoutMs) => requester.edit({ timeoutMs })} />
        <LabelledSelect label={t.askWith} value={form.mode} options={askModes} onChange={(mode) => requester.edit({ mode })}
          hint={<Rich text={w.t.askHints[form.mode](marked.code)} />} />
        <Field label={t.repeat} inputMode="numeric" value={form.repeat} error={errors.repeat && describeRequestProblem(errors.repeat, w)}
          onChange={(repeat) => requester.edit({ repeat })} hint={t.repeatHint} />
        <div className="hotline-buttons">
          <button type="submit" className="primary" disabled={busy}>
            {t.send}
          </button>
          {repeating && (
            <button type="button" className="danger" onClick={requester.stopRun}>
              {t.stop}
            </button>
          )}
        </div>
      </form>
      {notice && (
        <p role="alert" className="error">
          {t.notConnectedYet}
        </p>
      )}
    </section>
  );
}
