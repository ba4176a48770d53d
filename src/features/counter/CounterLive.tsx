import { useShallow } from "zustand/react/shallow";
import { clock } from "../../ui/format";
import type { PublisherView } from "./counter-store";
import { useCounterState } from "./counter-context";

const showReading = (p: PublisherView) => (p.latest.kind === "number" ? String(p.latest.value) : p.latest.raw);

const WAITING = {
  pending: (subject: string) => `subscribing to ${subject}…`,
  ready: (subject: string) => `waiting for a message on ${subject}…`,
  refused: (subject: string) => `not receiving: the server refused the subscription to ${subject}`,
};

export function CounterLive() {
  const latest = useCounterState((s) => s.latest);
  const listening = useCounterState((s) => s.listening);
  const subscription = useCounterState((s) => s.subscription);
  const total = useCounterState((s) => s.total);
  const publishers = useCounterState(useShallow((s) => Object.values(s.publishers)));
  return (
    <section className="card" aria-labelledby="counter-live-title">
      <h2 id="counter-live-title">
        Live on <code>{listening}</code>
      </h2>
      <div className="counter-latest">
        <output aria-label="Latest value" className={latest?.reading.kind === "not-a-number" ? "big not-number" : "big"}>
          {latest ? (latest.reading.kind === "number" ? latest.reading.value : latest.reading.raw || "(empty)") : "–"}
        </output>
        <p className="muted" aria-label="Published by">
          {latest
            ? `from ${latest.publisher} at ${clock(latest.at)}${latest.note ? ` — ${latest.note}` : ""}`
            : WAITING[subscription](listening)}
        </p>
      </div>
      {publishers.length > 0 && (
        <table className="table" aria-label="Values per publisher">
          <thead>
            <tr>
              <th>Publisher</th>
              <th>Latest</th>
              <th>Received</th>
              <th>Missed</th>
              <th>At</th>
            </tr>
          </thead>
          <tbody>
            {publishers.map((p) => (
              <tr key={p.key}>
                <td>{p.name}</td>
                <td className={p.latest.kind === "not-a-number" ? "not-number" : undefined}>{showReading(p)}</td>
                <td>{p.count}</td>
                <td>{p.missed}</td>
                <td>{clock(p.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{total} received since this tab started listening</p>
    </section>
  );
}
