import { useId } from "react";
import type { KeyboardEvent } from "react";
import { CODES } from "./hotline-protocol";
import type { Code } from "./hotline-protocol";
import { jsonWarning } from "./hotline-request-form";
import { LabelledSelect } from "../../ui/LabelledSelect";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";
import { describeRequestProblem, describeWarning } from "./requester-words";
import { useRequester, useRequesterState, useRequesterWords } from "./hotline-context";

// the codes are the protocol's words: no translation touches them
const codeOptions = CODES.map((value) => ({ value, label: value, translate: "no" as const }));

/** Ctrl+Enter (⌘+Enter) in the JSON sends, as Enter does in the other fields. */
function sendOnCtrlEnter(e: KeyboardEvent<HTMLTextAreaElement>) {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

export function JsonEditor() {
  const id = useId();
  const w = useRequesterWords();
  const t = w.t.form;
  const requester = useRequester();
  const code = useRequesterState((s) => s.form.code);
  const json = useRequesterState((s) => s.form.json);
  const error = useRequesterState((s) => s.errors.json);
  const keptFor = useRequesterState((s) => s.keptFor);
  const warning = error ? undefined : jsonWarning(json);
  const describedBy = [error ? `${id}-error` : `${id}-hint`, warning && `${id}-warning`].filter(Boolean).join(" ");
  return (
    <>
      <LabelledSelect<Code> label={t.code} value={code} options={codeOptions} onChange={requester.pickCode}
        hint={<Rich text={w.t.codeHints[code](marked.code)} />} />
      <div className="field">
        <label htmlFor={id}>{t.json}</label>
        <textarea id={id} className="hotline-json" rows={6} value={json} spellCheck={false} translate="no"
          aria-invalid={error ? true : undefined} aria-describedby={describedBy} onKeyDown={sendOnCtrlEnter}
          onChange={(e) => requester.edit({ json: e.target.value })} />
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            <Rich text={describeRequestProblem(error, w, marked)} />
          </p>
        ) : (
          <p id={`${id}-hint`} className="field-hint">
            {t.jsonHint}
          </p>
        )}
        {warning && (
          <p id={`${id}-warning`} className="warning">
            <Rich text={describeWarning(warning, w, marked)} />
          </p>
        )}
        {keptFor && (
          <p className="hotline-kept">
            {t.kept}{" "}
            <button type="button" onClick={requester.applyExample}>
              <Rich text={t.useExample({ code: marked.code(keptFor) })} />
            </button>
          </p>
        )}
      </div>
    </>
  );
}
