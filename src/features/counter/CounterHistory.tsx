import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { inspectorText } from "../../ui/inspector/inspector-text";
import { HISTORY_SIZE, isFlagged } from "./counter-store";
import { useCounter, useCounterState, useCounterWords } from "./counter-context";
import { inspectLabel, noteOf, publisherName, readingText } from "./counter-words";
import { CounterInspector } from "./CounterInspector";

export function CounterHistory() {
  const counter = useCounter();
  const w = useCounterWords();
  const t = w.t;
  const inspector = useMessages(inspectorText);
  const f = useFormat();
  const history = useCounterState((s) => s.history);
  return (
    <section className="card" aria-labelledby="counter-history-title">
      <h2 id="counter-history-title">{t.history.title({ size: HISTORY_SIZE })}</h2>
      <ol className="history" aria-label={t.history.list}>
        {history.map((r) => {
          const note = isFlagged(r) ? noteOf(r, w) : undefined;
          const text = r.reading.kind === "not-a-number" && !r.reading.binary ? JSON.stringify(r.reading.raw) : readingText(r.reading, inspector, f);
          return (
            <li key={r.id} className={note ? "flagged counter-value" : "counter-value"}>
              <span>
                <strong>{text}</strong> <span className="muted">{t.live.from({ who: publisherName(r.publisher, w), at: f.clock(r.at) })}</span>
                {note && <span className="note"> — {note}</span>}
              </span>
              <button type="button" className="counter-inspect" aria-label={inspectLabel(r.reading, w, inspector, f)} aria-haspopup="dialog"
                onClick={() => counter.inspect(r)}>
                {inspector.inspect}
              </button>
            </li>
          );
        })}
      </ol>
      <CounterInspector />
    </section>
  );
}
