import { useId } from "react";
import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { LabelledSelect } from "../../ui/LabelledSelect";
import { JsonEditor } from "./JsonEditor";
import { AskMode } from "./hotline-request-form";
import { ASK_MODE_LABELS } from "./hotline-labels";
import { editRequesterForm, sendRequest, stopRun } from "./hotline-requester-actions";
import { useHotlineRequester } from "./hotline-requester-store";

const askModes = Object.values(AskMode).map((value) => ({ value, label: ASK_MODE_LABELS[value] }));

const ASK_HINTS: Record<AskMode, string> = {
  request: "client.request(): nats.ws makes the inbox and waits for you",
  inbox: "new inbox, subscribe to it, publish with reply = inbox, wait for the first message, unsubscribe",
};

export function RequesterForm() {
  const id = useId();
  const form = useHotlineRequester((s) => s.form);
  const errors = useHotlineRequester((s) => s.errors);
  const busy = useHotlineRequester((s) => s.busy);
  const notice = useHotlineRequester((s) => s.notice);
  const repeating = useHotlineRequester((s) => s.busy && (s.run?.total ?? 1) > 1);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void sendRequest();
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Requester</h2>
      <p className="muted">Asks whoever answers the subject: an agent tab, or any NATS client speaking the hotline protocol.</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <JsonEditor />
        <Field label="Timeout (ms)" inputMode="numeric" value={form.timeoutMs} error={errors.timeoutMs}
          onChange={(timeoutMs) => editRequesterForm({ timeoutMs })} />
        <LabelledSelect label="Ask with" value={form.mode} options={askModes} onChange={(mode) => editRequesterForm({ mode })}
          hint={ASK_HINTS[form.mode]} />
        <Field label="Repeat" inputMode="numeric" value={form.repeat} error={errors.repeat}
          onChange={(repeat) => editRequesterForm({ repeat })} hint="sends this many requests one after the other" />
        <div className="hotline-buttons">
          <button type="submit" className="primary" disabled={busy}>
            Send request
          </button>
          {repeating && (
            <button type="button" className="danger" onClick={stopRun}>
              Stop
            </button>
          )}
        </div>
      </form>
      {notice && (
        <p role="alert" className="error">
          {notice}
        </p>
      )}
    </section>
  );
}
