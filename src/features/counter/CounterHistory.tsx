import { useFormat } from "../../i18n/format";
import { HISTORY_SIZE, isFlagged } from "./counter-store";
import { useCounterState, useCounterWords } from "./counter-context";
import { noteOf, publisherName } from "./counter-words";

export function CounterHistory() {
  const w = useCounterWords();
  const t = w.t;
  const f = useFormat();
  const history = useCounterState((s) => s.history);
  return (
    <section className="card" aria-labelledby="counter-history-title">
      <h2 id="counter-history-title">{t.history.title({ size: HISTORY_SIZE })}</h2>
      <ol className="history" aria-label={t.history.list}>
        {history.map((r) => {
          const note = isFlagged(r) ? noteOf(r, w) : undefined;
          return (
            <li key={r.id} className={note ? "flagged" : undefined}>
              <strong>{r.reading.kind === "number" ? r.reading.value : JSON.stringify(r.reading.raw)}</strong>{" "}
              <span className="muted">{t.live.from({ who: publisherName(r.publisher, w), at: f.clock(r.at) })}</span>
              {note && <span className="note"> — {note}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
