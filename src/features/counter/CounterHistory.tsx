import { clock } from "../../ui/format";
import { HISTORY_SIZE } from "./counter-store";
import { useCounterState } from "./counter-context";

export function CounterHistory() {
  const history = useCounterState((s) => s.history);
  return (
    <section className="card" aria-labelledby="counter-history-title">
      <h2 id="counter-history-title">Last {HISTORY_SIZE} values</h2>
      <ol className="history" aria-label="Counter history">
        {history.map((r) => (
          <li key={r.id} className={r.note ? "flagged" : undefined}>
            <strong>{r.reading.kind === "number" ? r.reading.value : JSON.stringify(r.reading.raw)}</strong>{" "}
            <span className="muted">
              from {r.publisher} at {clock(r.at)}
            </span>
            {r.note && <span className="note"> — {r.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
