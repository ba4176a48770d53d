import { useId } from "react";
import { CODES } from "./hotline-protocol";
import type { Code } from "./hotline-protocol";
import { CODE_HINTS } from "./hotline-examples";
import { jsonWarning } from "./hotline-request-form";
import { LabelledSelect } from "../../ui/LabelledSelect";
import { useRequester, useRequesterState } from "./hotline-context";

const codeOptions = CODES.map((value) => ({ value, label: value }));

export function JsonEditor() {
  const id = useId();
  const requester = useRequester();
  const code = useRequesterState((s) => s.form.code);
  const json = useRequesterState((s) => s.form.json);
  const error = useRequesterState((s) => s.errors.json);
  const keptFor = useRequesterState((s) => s.keptFor);
  const warning = error ? undefined : jsonWarning(json);
  const describedBy = [error && `${id}-error`, warning && `${id}-warning`].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <LabelledSelect<Code> label="Code" value={code} options={codeOptions} onChange={requester.pickCode} hint={CODE_HINTS[code]} />
      <div className="field">
        <label htmlFor={id}>Request JSON</label>
        <textarea id={id} className="hotline-json" rows={6} value={json} spellCheck={false}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          onChange={(e) => requester.edit({ json: e.target.value })} />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        {warning && (
          <p id={`${id}-warning`} className="warning">
            {warning}
          </p>
        )}
        {keptFor && (
          <p className="hotline-kept">
            Your edited JSON was kept.{" "}
            <button type="button" onClick={requester.applyExample}>
              Use the {keptFor} example
            </button>
          </p>
        )}
      </div>
    </>
  );
}
