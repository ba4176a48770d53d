import { useId } from "react";
import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { LabelledSelect } from "../../ui/LabelledSelect";
import { JsonEditor } from "./JsonEditor";
import { AskMode } from "./hotline-request-form";
import { ASK_MODE_LABELS } from "./hotline-labels";
import { useRequester, useRequesterState } from "./hotline-context";

const askModes = Object.values(AskMode).map((value) => ({ value, label: ASK_MODE_LABELS[value] }));

const ASK_HINTS: Record<AskMode, string> = {
  request: "client.request(): nats.ws makes the inbox and waits for you",
  inbox: "new inbox, subscribe to it, publish with reply = inbox, wait for the first message, unsubscribe",
};

export function RequesterForm() {
  const id = useId();
  const requester = useRequester();
  const form = useRequesterState((s) => s.form);
  const errors = useRequesterState((s) => s.errors);
  const busy = useRequesterState((s) => s.busy);
  const notice = useRequesterState((s) => s.notice);
  const repeating = useRequesterState((s) => s.busy && (s.run?.total ?? 1) > 1);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void requester.send();
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Requester</h2>
      <p className="muted">Asks whoever answers the subject: an agent tab, or any NATS client speaking the hotline protocol.</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <JsonEditor />
        <Field label="Timeout (ms)" inputMode="numeric" value={form.timeoutMs} error={errors.timeoutMs}
          onChange={(timeoutMs) => requester.edit({ timeoutMs })} />
        <LabelledSelect label="Ask with" value={form.mode} options={askModes} onChange={(mode) => requester.edit({ mode })}
          hint={ASK_HINTS[form.mode]} />
        <Field label="Repeat" inputMode="numeric" value={form.repeat} error={errors.repeat}
          onChange={(repeat) => requester.edit({ repeat })} hint="sends this many requests one after the other" />
        <div className="hotline-buttons">
          <button type="submit" className="primary" disabled={busy}>
            Send request
          </button>
          {repeating && (
            <button type="button" className="danger" onClick={requester.stopRun}>
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
