import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useMessages } from "../../i18n/use-messages";
import { useFormat } from "../../i18n/format";
import { defaultView, hexRowCount, hexRows, read, View } from "./payload";
import { inspectorText } from "./inspector-text";
import type { InspectorText } from "./inspector-text";
import { VirtualLines } from "./VirtualLines";
import "./inspector.css";

import type { InspectedMessage, InspectorProps } from "./inspected-message";

const WRAP = 160;

/** Text as lines for the virtual list: long lines are cut so no line is a megabyte wide. */
function lines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (line.length <= WRAP) out.push(line);
    else for (let i = 0; i < line.length; i += WRAP) out.push(line.slice(i, i + WRAP));
  }
  return out;
}

// The Message dialog: a modal that Escape closes, giving focus back to what opened it.
// `notKept`: the panel no longer keeps this message's payload, headers and reply (its memory is bounded):
// that sentence is shown in their place, with what is still known (subject, time, deliveries).
export function MessageDialog({ message, onClose, notKept }: InspectorProps) {
  const t = useMessages(inspectorText);
  const f = useFormat();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const reading = useMemo(() => read(message.payload), [message.payload]);
  const [chosen, choose] = useState<View | undefined>(undefined);
  const view = chosen ?? defaultView(reading);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const d = dialog.current;
    d?.showModal();
    return () => {
      if (d?.open) d.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog ref={dialog} className="inspector" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={(e) => (e.preventDefault(), onClose())}>
      <div className="inspector-head">
        <h2 id={`${id}-title`}>{t.title}</h2>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <dl className="inspector-facts">
        <dt>{t.subject}</dt>
        <dd>
          <code>{message.subject}</code>
        </dd>
        {notKept === undefined && (
          <>
            <dt>{t.reply}</dt>
            <dd>{message.reply ? <code>{message.reply}</code> : t.none}</dd>
            <dt>{t.size}</dt>
            <dd>{t.bytes({ count: f.number(message.payload.length), n: message.payload.length })}</dd>
          </>
        )}
        <dt>{t.received}</dt>
        <dd>{f.clock(message.receivedAt)}</dd>
        {message.deliveredBy && message.deliveredBy.length > 0 && (
          <>
            <dt>{t.deliveredBy}</dt>
            <dd>
              {message.deliveredBy.map((p) => (
                <code key={p} className="chip">
                  {p}
                </code>
              ))}
            </dd>
          </>
        )}
      </dl>
      {notKept !== undefined ? (
        <p className="warning">{notKept}</p>
      ) : (
        <>
          <Headers rows={message.headers} t={t} />
          <div className="field inspector-view">
            <label htmlFor={`${id}-view`}>{t.showAs}</label>
            <select id={`${id}-view`} value={view} onChange={(e) => choose(e.target.value as View)}>
              {Object.values(View).map((v) => (
                <option key={v} value={v}>
                  {t.views[v]}
                </option>
              ))}
            </select>
          </div>
          <Payload message={message} view={view} reading={reading} t={t} />
        </>
      )}
    </dialog>
  );
}

function Headers({ rows, t }: { rows: InspectedMessage["headers"]; t: InspectorText }) {
  if (rows.length === 0) return <p className="muted">{t.noHeaders}</p>;
  return (
    <table className="table inspector-headers" aria-label={t.headers}>
      <thead>
        <tr>
          <th scope="col">{t.name}</th>
          <th scope="col">{t.value}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value], i) => (
          <tr key={i}>
            <td translate="no">
              <code>{name}</code>
            </td>
            <td translate="no">
              <code>{value}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Payload({ message, view, reading, t }: { message: InspectedMessage; view: View; reading: ReturnType<typeof read>; t: InspectorText }) {
  const text = view === View.Json && reading.json && "pretty" in reading.json ? reading.json.pretty : reading.text;
  const textLines = useMemo(() => (text === undefined ? [] : lines(text)), [text]);
  if (view === View.Hex) {
    const bytes = message.payload;
    return (
      <VirtualLines key="hex" label={t.payload} className="hex" count={hexRowCount(bytes)}
        row={(i) => {
          const r = hexRows(bytes, i, 1)[0]!;
          return (
            <>
              <span className="hex-offset">{r.offset}</span> <span className="hex-bytes">{r.hex}</span> <span className="hex-ascii">{r.ascii}</span>
            </>
          );
        }} />
    );
  }
  if (reading.text === undefined) return <p className="warning">{t.notText}</p>;
  const problem = view === View.Json && reading.json && "problem" in reading.json ? reading.json.problem : undefined;
  return (
    <>
      {problem && (
        <p role="alert" className="error">
          {t.notJson({ ...problem, expected: t.expected[problem.expected] })}
        </p>
      )}
      {reading.text === "" ? (
        <p className="muted">{t.empty}</p>
      ) : (
        // a view of its own (key): switching Text ↔ JSON ↔ Hex starts at the top
        <VirtualLines key={view} label={t.payload} className="text" count={textLines.length} row={(i) => textLines[i]} />
      )}
    </>
  );
}
