import { lazy, Suspense, useState } from "react";
import { CodeButton } from "../../ui/code/CodeButton";
import { CounterPublisher } from "./CounterPublisher";
import { CounterLive } from "./CounterLive";
import { CounterHistory } from "./CounterHistory";
import { CounterProvider, useCounterState, useCounterWords } from "./counter-context";
import type { CounterController } from "./counter-controller";
import "./counter.css";

// Not in the panel's first chunk: the generators and the Code view load when Code is
// pressed; the chart and the export (7 KB gzip) once there is a value to draw.
const CounterCode = lazy(() => import("./CounterCode"));
const CounterChart = lazy(() => import("./CounterChart"));

function ChartCard({ text }: { text: string }) {
  return (
    <section className="card counter-chart" aria-labelledby="counter-chart-title">
      <h2 id="counter-chart-title">{useCounterWords().t.chart.title}</h2>
      <p className="muted">{text}</p>
    </section>
  );
}

function Chart() {
  const t = useCounterWords().t.chart;
  const any = useCounterState((s) => s.total > 0);
  // once drawn, it stays (a new subject starts it afresh, empty)
  const [drawn, setDrawn] = useState(false);
  if (any && !drawn) setDrawn(true);
  if (!drawn) return <ChartCard text={t.none} />;
  return (
    <Suspense fallback={<ChartCard text={t.loading} />}>
      <CounterChart />
    </Suspense>
  );
}

export function CounterPanel({ controller }: { controller: CounterController }) {
  return (
    <CounterProvider controller={controller}>
      <div className="counter-panel stack">
        <CodeButton>
          <CounterCode />
        </CodeButton>
        <div className="grid-2">
          <CounterPublisher />
          <div className="stack">
            <CounterLive />
            <Chart />
            <CounterHistory />
          </div>
        </div>
      </div>
    </CounterProvider>
  );
}
