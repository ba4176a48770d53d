import { useCallback, useEffect, useMemo, useState } from "react";
import { LineChart } from "../../ui/charts/LineChart";
import { ExportButtons } from "../../ui/export/ExportButtons";
import { useCounter, useCounterState, useCounterWords } from "./counter-context";
import { CHART_MINUTES, chartMinutes, chartSeriesOf } from "./counter-chart";
import { exportedValues, VALUE_CSV_COLUMNS } from "./counter-export";
import type { TimelinePublisher } from "./counter-timeline";

// the window slides with the clock: a second is as fine as a 5-minute axis shows
const TICK_MS = 1000;

function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(id);
  }, []);
  return now;
}

const newest = (publishers: readonly TimelinePublisher[]) => publishers.reduce((at, p) => Math.max(at, p.values.at(-1)?.at ?? 0), 0);

// "Values over time" (loaded with React.lazy, drawn only while the Counter is on
// screen): the controller's values of the last minutes, redrawn at most once per
// frame (the store's `timeline` changes once per batch) and once a second.
export default function CounterChart() {
  const counter = useCounter();
  const w = useCounterWords();
  const t = w.t.chart;
  const subject = useCounterState((s) => s.listening);
  const empty = useCounterState((s) => s.total === 0);
  const clock = useClock();
  const view = useCounterState((s) => counter.timeline(s.timeline));
  const series = useMemo(() => chartSeriesOf(view.publishers, w.t), [view, w.t]);
  const now = Math.max(clock, newest(view.publishers));
  const minutes = chartMinutes(view.publishers, now);
  const { subject: subjectWords, bus } = w;
  const rows = useCallback(() => exportedValues(counter.exportSource(), { t: w.t, subject: subjectWords, bus }), [counter, w.t, subjectWords, bus]);
  return (
    <section className="card counter-chart" aria-labelledby="counter-chart-title">
      <h2 id="counter-chart-title">{t.title}</h2>
      <p className="muted">{t.intro({ minutes: CHART_MINUTES })}</p>
      <LineChart series={series} minutes={minutes} now={now} name={t.title} showName={false} valueLabel={t.value} />
      <ExportButtons what={`counter-values-${subject}`} label={t.exportLabel} rows={rows} columns={VALUE_CSV_COLUMNS} disabled={empty}
        meta={{ subject, minutes: CHART_MINUTES, order: "per publisher (in the order first heard), oldest first" }} />
      <p className="muted">{t.exportNote({ minutes: CHART_MINUTES })}</p>
    </section>
  );
}
