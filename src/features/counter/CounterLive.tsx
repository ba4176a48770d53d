import { useShallow } from "zustand/react/shallow";
import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { inspectorText } from "../../ui/inspector/inspector-text";
import { useCounterState, useCounterWords } from "./counter-context";
import { noteOf, publisherName, readingText } from "./counter-words";

/** a text longer than this is shown smaller than a number */
const WORDY = 16;

export function CounterLive() {
  const w = useCounterWords();
  const t = w.t.live;
  const inspector = useMessages(inspectorText);
  const f = useFormat();
  const latest = useCounterState((s) => s.latest);
  const listening = useCounterState((s) => s.listening);
  const subscription = useCounterState((s) => s.subscription);
  const total = useCounterState((s) => s.total);
  const publishers = useCounterState(useShallow((s) => Object.values(s.publishers)));
  const note = latest && noteOf(latest, w);
  const shown = latest ? readingText(latest.reading, inspector, f) || t.empty : "–";
  return (
    <section className="card" aria-labelledby="counter-live-title">
      <h2 id="counter-live-title">
        {t.title} <code>{listening}</code>
      </h2>
      <div className="counter-latest">
        <output aria-label={t.latest} className={latest?.reading.kind === "not-a-number" ? `big not-number${shown.length > WORDY ? " counter-wordy" : ""}` : "big"}>
          {shown}
        </output>
        <p className="muted" aria-label={t.publishedBy}>
          {latest
            ? `${t.from({ who: publisherName(latest.publisher, w), at: f.clock(latest.at) })}${note ? ` — ${note}` : ""}`
            : t.waiting[subscription]({ subject: listening })}
        </p>
      </div>
      {publishers.length > 0 && (
        <table className="table" aria-label={t.table}>
          <thead>
            <tr>
              <th>{t.columns.publisher}</th>
              <th>{t.columns.latest}</th>
              <th>{t.columns.received}</th>
              <th>{t.columns.missed}</th>
              <th>{t.columns.at}</th>
            </tr>
          </thead>
          <tbody>
            {publishers.map((p) => (
              <tr key={p.key}>
                <td>{publisherName(p.name, w)}</td>
                <td className={p.latest.kind === "not-a-number" ? "not-number" : undefined}>
                  {readingText(p.latest, inspector, f)}
                </td>
                <td>{f.number(p.count)}</td>
                <td>{f.number(p.missed)}</td>
                <td>{f.clock(p.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t.total({ count: f.number(total) })}</p>
    </section>
  );
}
