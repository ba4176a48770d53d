import type { ChartPoint, ChartSeries } from "../../ui/charts/line-chart-model";
import type { PointFlag } from "../../ui/charts/charts-text";
import type { Continuity } from "./counter-logic";
import type { Received } from "./counter-store";
import type { CounterText } from "./counter-text";
import { describeContinuity } from "./counter-text";
import type { TimelinePublisher } from "./counter-timeline";

/** the chart's window: what the timeline keeps */
export const CHART_MINUTES = 5;

/**
 * The chart's width in time: the whole minutes the values kept span, from 1 to CHART_MINUTES.
 * Values of the last few seconds would otherwise be a smudge at the right edge of 5 minutes.
 */
export function chartMinutes(publishers: readonly TimelinePublisher[], now: number): number {
  let oldest: number | undefined;
  for (const p of publishers) if (p.values.length > 0) oldest = Math.min(oldest ?? now, p.values[0]!.at);
  if (oldest === undefined) return CHART_MINUTES;
  return Math.min(CHART_MINUTES, Math.max(1, Math.ceil((now - oldest) / 60_000)));
}

const flagOf = (c: Continuity | undefined): PointFlag | undefined => (c?.kind === "gap" ? "gap" : c?.kind === "restart" ? "restart" : undefined);

function pointsOf(values: readonly Received[], t: CounterText): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const r of values) {
    if (r.reading.kind !== "number") continue;
    const flag = flagOf(r.continuity);
    points.push(flag ? { t: r.at, v: r.reading.value, flag, note: describeContinuity(r.continuity!, t) } : { t: r.at, v: r.reading.value });
  }
  return points;
}

/**
 * One line per publisher with numbers to draw, named as the panel names it ("unknown" without a
 * name; two tabs of the same name told apart by a number); gaps and restarts flagged with the note
 * the history shows ("missed 2 values (4 → 10)").
 */
export function chartSeriesOf(publishers: readonly TimelinePublisher[], t: CounterText): ChartSeries[] {
  const seen = new Map<string, number>();
  const series: ChartSeries[] = [];
  for (const p of publishers) {
    const points = pointsOf(p.values, t);
    if (points.length === 0) continue;
    const name = p.name ?? t.live.unknown;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    series.push({ id: p.key, label: n === 1 ? name : t.chart.same({ name, n }), points });
  }
  return series;
}
