import { useMemo } from "react";
import { useFormat } from "../../../i18n/format";
import { VirtualLines } from "../../../ui/inspector/VirtualLines";
import { withCode } from "../with-code";
import type { DiffLine } from "./line-diff";
import { useReceiver, useReceiverState, useReceiverWords } from "./receiver-context";
import { describeCompareRefusal, describeComparison } from "./receiver-text";

/** Diff lines longer than this are shown over several rows, each with its line's mark. */
const WRAP = 160;

const SIGN = { same: " ", removed: "−", added: "+" } as const;

type Shown = { kind: DiffLine["kind"]; text: string; first: boolean };

function shownRows(lines: readonly DiffLine[]): Shown[] {
  const out: Shown[] = [];
  for (const { kind, text } of lines) {
    if (text.length <= WRAP) out.push({ kind, text, first: true });
    else for (let i = 0; i < text.length; i += WRAP) out.push({ kind, text: text.slice(i, i + WRAP), first: i === 0 });
  }
  return out;
}

// Two picked rows of one subject: what changed from the older to the newer,
// each changed line marked by a sign and a word, never by its colour alone.
export function ComparisonView() {
  const receiver = useReceiver();
  const w = useReceiverWords();
  const t = w.t.compare;
  const f = useFormat();
  const { picked, refusal, result } = useReceiverState((s) => s.compare);
  const rows = useMemo(() => (result?.kind === "diff" ? shownRows(result.lines) : []), [result]);
  if (picked.length === 0 && !refusal) return null;
  const [first, second] = picked;
  const word = { same: t.unchanged, removed: t.removed, added: t.added };
  return (
    <section className="comparison" aria-label={t.title}>
      <div className="card-head">
        <h3>{t.title}</h3>
        <button type="button" className="small" onClick={receiver.clearCompare}>
          {t.stop}
        </button>
      </div>
      {refusal && (
        <p role="alert" className="error">
          {withCode(describeCompareRefusal(refusal, w.t), [refusal.subject, refusal.picked])}
        </p>
      )}
      {first && !second && <p className="muted">{withCode(t.pickAnother({ subject: first.subject, time: f.clock(first.at) }), [first.subject])}</p>}
      {first && second && result && (
        <>
          <p>{withCode(t.between({ subject: first.subject, first: f.clock(first.at), second: f.clock(second.at) }), [first.subject])}</p>
          <p role="status" className={result.kind === "diff" ? "muted" : "warning"}>
            {describeComparison(result, w.n, f.clock, w.t)}
          </p>
          {result.kind === "diff" && (
            <>
              <p className="muted">{t.legend}</p>
              <VirtualLines label={t.lines} className={`diff`} count={rows.length}
                row={(i) => {
                  const r = rows[i]!;
                  return (
                    <span className={`diff-${r.kind}`}>
                      <span className="diff-sign" aria-hidden>
                        {r.first ? SIGN[r.kind] : " "}
                      </span>
                      {r.kind !== "same" && r.first && <span className="sr-only">{word[r.kind]}: </span>}
                      <span translate="no">{r.text}</span>
                    </span>
                  );
                }} />
            </>
          )}
        </>
      )}
    </section>
  );
}
