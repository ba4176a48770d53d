import { useId, useRef, useState } from "react";
import { MSG_ID_HEADER } from "../msg-id-header";
import { withCode } from "../with-code";
import type { HeaderProblem, HeaderRow } from "./header-rules";
import { describeHeaderProblem } from "./publisher-text";
import { usePublisher, usePublisherState, usePublisherWords } from "./publisher-context";

// Rows of name and value sent with every message of this publisher. Each row's
// problem is said under it, tied to the field it is about; the text stays as typed.
export function HeadersEditor() {
  const publisher = usePublisher();
  const w = usePublisherWords();
  const t = w.t.headers;
  const rows = usePublisherState((s) => s.headers);
  const problems = usePublisherState((s) => s.headerProblems);
  const held = usePublisherState((s) => s.headersHeld);
  const [focusKey, setFocusKey] = useState<number>();
  const add = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="headers-editor">
      <legend>{t.title}</legend>
      <p className="field-hint">{withCode(t.hint, [MSG_ID_HEADER])}</p>
      {rows.map((row, i) => (
        <HeaderRowView key={row.key} row={row} n={i + 1} problem={problems.find((p) => p.header === i + 1)} autoFocus={row.key === focusKey}
          onRemove={() => {
            publisher.removeHeader(row.key);
            add.current?.focus();
          }} />
      ))}
      <button ref={add} type="button" className="small" onClick={() => setFocusKey(publisher.addHeader())}>
        {t.add}
      </button>
      {held && problems.length > 0 && (
        <p role="alert" className="error">
          {t.held}
        </p>
      )}
    </fieldset>
  );
}

type RowProps = { row: HeaderRow; n: number; problem?: HeaderProblem; autoFocus: boolean; onRemove(): void };

function HeaderRowView({ row, n, problem, autoFocus, onRemove }: RowProps) {
  const publisher = usePublisher();
  const w = usePublisherWords();
  const t = w.t.headers;
  const id = useId();
  const said = problem && describeHeaderProblem(problem, w.t);
  const onValue = problem?.kind === "value-line-break";
  const errorId = `${id}-error`;
  const input = (which: "name" | "value", label: string, invalid: boolean) => (
    <div className="field">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <input id={`${id}-${which}`} value={row[which]} onChange={(e) => publisher.editHeader(row.key, { [which]: e.target.value })}
        aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined} spellCheck={false} autoComplete="off"
        translate="no" autoFocus={which === "name" && autoFocus} />
    </div>
  );
  return (
    <div className="header-row">
      {input("name", t.name({ n }), !!said && !onValue)}
      {input("value", t.value({ n }), !!said && onValue)}
      <button type="button" className="small" aria-label={t.removeFor({ n })} onClick={onRemove}>
        {t.remove}
      </button>
      {said && (
        <p id={errorId} className="field-error" role="alert">
          {withCode(said.text, said.codes)}
        </p>
      )}
    </div>
  );
}
