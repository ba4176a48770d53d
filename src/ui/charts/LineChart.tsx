import { memo, useId, useMemo } from "react";
import { useFormat } from "../../i18n/format";
import type { Format } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { chartsText } from "./charts-text";
import type { ChartsText, PointFlag } from "./charts-text";
import type { ChartModel, ChartSeries, DrawnSeries } from "./line-chart-model";
import { chartModel, colourClass, dashOf, flagPath, markerPath } from "./line-chart-model";
import "./charts.css";

export type { ChartPoint, ChartSeries } from "./line-chart-model";

export type LineChartProps = {
  /** one line per series; points in time order */
  series: readonly ChartSeries[];
  /** the window shown: the last `minutes` minutes up to `now` */
  minutes: number;
  /** the right edge, ms since the epoch; by default the newest point (the chart never reads the clock) */
  now?: number;
  /** the figure's accessible name, e.g. "Values over time" */
  name: string;
  /** true (default): the name is the figure's visible caption; false: it names the figure only for assistive technology */
  showName?: boolean;
  /** the value axis' title; "Value" by default */
  valueLabel?: string;
  /** true: the table of last values (the text alternative) is shown under the chart, not only to screen readers */
  showTable?: boolean;
  width?: number;
  height?: number;
  /**
   * markers per line at most, 80 by default (flagged points always get theirs); the line keeps every point.
   * More would touch each other on a 640-wide chart, and every marker moves when the window slides:
   * 3 lines × 300 markers took a median 26 ms per render in Chromium on a busy 2-core machine, 3 × 80 took 14 ms.
   */
  maxMarkers?: number;
};

const FLAGS: readonly PointFlag[] = ["gap", "restart"];

// Value against time, one line per series. Memoised: it renders again only when
// given new props, and the caller hands it new data at most once per frame.
export const LineChart = memo(function LineChart(p: LineChartProps) {
  const t = useMessages(chartsText);
  const f = useFormat();
  const captionId = useId();
  const { series, minutes, width = 640, height = 240, maxMarkers = 80 } = p;
  const end = useMemo(() => p.now ?? newest(series), [p.now, series]);
  const model = useMemo(
    () => chartModel(series, { start: (end ?? 0) - minutes * 60_000, end: end ?? 0, width, height, maxMarkers, formatValue: (v, d) => f.number(v, d) }),
    [series, end, minutes, width, height, maxMarkers, f],
  );
  const showName = p.showName ?? true;
  const flagged = FLAGS.filter((flag) => model.series.some((s) => (flag === "gap" ? s.gaps : s.restarts) > 0));
  return (
    <figure className="chart-figure" {...(showName ? { "aria-labelledby": captionId } : { "aria-label": p.name })}>
      {showName && (
        <figcaption id={captionId} className="chart-caption">
          {p.name}
        </figcaption>
      )}
      <svg className="chart-svg" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" data-chart="line">
        <Axes model={model} f={f} t={t} valueLabel={p.valueLabel ?? t.value} hasTime={end !== undefined} />
        {model.empty && (
          <text className="chart-empty" x={(model.plot.left + model.plot.right) / 2} y={(model.plot.top + model.plot.bottom) / 2} textAnchor="middle">
            {t.noData({ minutes: f.number(minutes, 1) })}
          </text>
        )}
        {model.series.map((s) => (
          <Line key={s.id} s={s} f={f} t={t} digits={model.y.digits + 2} />
        ))}
      </svg>
      <ul className="chart-legend" aria-label={t.legend}>
        {model.series.map((s) => (
          <li key={s.id} data-legend={s.id}>
            <svg width="30" height="12" aria-hidden="true" className={colourClass(s.style)}>
              <path d="M1 6h28" className="chart-line" strokeDasharray={dashOf(s.style) || undefined} />
              <path d={markerPath(s.style, 15, 6)} className="chart-marker" />
            </svg>
            {s.label}
          </li>
        ))}
        {flagged.map((flag) => (
          <li key={flag} data-legend={`flag-${flag}`}>
            <svg width="30" height="16" aria-hidden="true" className={`chart-flag chart-flag-${flag}`}>
              {flag === "gap" && <path d="M1 8h14" className="chart-line chart-line-broken chart-legend-broken" />}
              <path d={flagPath(flag, 18, 8)} className="chart-flag-mark" />
            </svg>
            {t.flags[flag]}
          </li>
        ))}
      </ul>
      <LastValues model={model} minutes={minutes} f={f} t={t} shown={p.showTable ?? false} />
    </figure>
  );
});

function newest(series: readonly ChartSeries[]): number | undefined {
  let at: number | undefined;
  for (const s of series) {
    const last = s.points.at(-1);
    if (last && (at === undefined || last.t > at)) at = last.t;
  }
  return at;
}

function Axes({ model, f, t, valueLabel, hasTime }: { model: ChartModel; f: Format; t: ChartsText; valueLabel: string; hasTime: boolean }) {
  const { plot } = model;
  return (
    <g className="chart-axes">
      {!model.empty && model.y.at.map((y, i) => (
        <g key={i}>
          <line className="chart-grid" x1={plot.left} x2={plot.right} y1={y} y2={y} />
          <text className="chart-tick" x={plot.left - 6} y={y + 4} textAnchor="end">
            {model.y.labels[i]}
          </text>
        </g>
      ))}
      {hasTime &&
        model.x.map(({ t: at, at: x }) => (
          <g key={at}>
            <line className="chart-axis" x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + 5} />
            <text className="chart-tick" x={x} y={plot.bottom + 18} textAnchor={x > plot.right - 30 ? "end" : "middle"}>
              {f.time(at)}
            </text>
          </g>
        ))}
      <line className="chart-axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      <line className="chart-axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      <text className="chart-axis-title" x={4} y={14}>
        {valueLabel}
      </text>
      <text className="chart-axis-title" x={plot.right} y={model.height - 6} textAnchor="end">
        {t.time}
      </text>
    </g>
  );
}

function Line({ s, f, t, digits }: { s: DrawnSeries; f: Format; t: ChartsText; digits: number }) {
  return (
    <g className={`chart-series ${colourClass(s.style)}`} data-series={s.id} data-points={s.shown} data-markers={s.markers.length}>
      <path className="chart-line" d={s.solid} strokeDasharray={dashOf(s.style) || undefined} />
      {s.broken && <path className="chart-line chart-line-broken" d={s.broken} />}
      {s.markers.map((m) =>
        m.flag ? (
          <g key={m.key} className={`chart-flag chart-flag-${m.flag}`} data-point="" data-series={s.id} data-flag={m.flag} data-t={m.t} data-v={m.v}>
            <title>{`${t.point({ series: s.label, value: f.number(m.v, digits), at: f.clock(m.t) })} — ${m.note ?? t.flags[m.flag]}`}</title>
            <path className="chart-flag-mark" d={flagPath(m.flag, m.x, m.y)} />
            <path className="chart-marker" d={markerPath(s.style, m.x, m.y)} />
          </g>
        ) : (
          <path key={m.key} className="chart-marker" d={markerPath(s.style, m.x, m.y)} data-point="" data-series={s.id} data-t={m.t} data-v={m.v} />
        ),
      )}
    </g>
  );
}

function LastValues({ model, minutes, f, t, shown }: { model: ChartModel; minutes: number; f: Format; t: ChartsText; shown: boolean }) {
  const points = model.series.reduce((n, s) => n + s.shown, 0);
  const flagged = model.series.reduce((n, s) => n + s.gaps + s.restarts, 0);
  const withPoints = model.series.filter((s) => s.shown > 0);
  return (
    <table className={shown ? "table chart-table" : "sr-only"}>
      <caption>{t.summary({ series: withPoints.length, minutes: f.number(minutes, 1), points: { count: f.number(points), n: points }, flagged: { count: f.number(flagged), n: flagged } })}</caption>
      {withPoints.length > 0 && (
        <>
          <thead>
            <tr>
              <th scope="col">{t.table.series}</th>
              <th scope="col">{t.table.last}</th>
              <th scope="col">{t.table.at}</th>
              <th scope="col">{t.table.points}</th>
              <th scope="col">{t.table.gaps}</th>
              <th scope="col">{t.table.restarts}</th>
            </tr>
          </thead>
          <tbody>
            {withPoints.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.label}</th>
                <td>{f.number(s.last!.v, model.y.digits + 2)}</td>
                <td>{f.time(s.last!.t)}</td>
                <td>{f.number(s.shown)}</td>
                <td>{f.number(s.gaps)}</td>
                <td>{f.number(s.restarts)}</td>
              </tr>
            ))}
          </tbody>
        </>
      )}
    </table>
  );
}
