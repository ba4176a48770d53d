import { memo } from "react";
import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { chartsText } from "./charts-text";
import type { RateSeries } from "./rate-buckets";
import "./charts.css";

export type SparklineProps = {
  /** what `createRateBuckets(…).read(now)` gives */
  series: RateSeries;
  /** what is counted (a subscription's pattern, a subject): starts the accessible label */
  name?: string;
  width?: number;
  height?: number;
  /** true (default): "12/s" is written beside the bars */
  showNow?: boolean;
};

const round = (n: number) => Math.round(n * 100) / 100;

// Messages per second over the last minute, one bar per second (the last one is
// the second in progress). One path whatever the rate: cheap in a long list.
export const Sparkline = memo(function Sparkline({ series, name, width = 120, height = 24, showNow = true }: SparklineProps) {
  const t = useMessages(chartsText);
  const f = useFormat();
  const n = series.counts.length;
  const w = width / Math.max(1, n);
  const top = Math.max(1, series.peak);
  let bars = "";
  series.counts.forEach((c, i) => {
    if (c <= 0) return;
    const h = Math.max(1, (c / top) * (height - 2));
    bars += `M${round(i * w)} ${height - 1}v${round(-h)}h${round(w)}v${round(h)}Z`;
  });
  const now = f.number(series.now, 1);
  const label = t.spark.label({ name, now, peak: f.number(series.peak, 1), seconds: f.number(n) });
  return (
    <span className="spark" data-rate-now={series.now} data-rate-peak={series.peak} data-total={series.total} data-buckets={n}>
      <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <title>{label}</title>
        <line className="spark-base" x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} />
        {bars && <path className="spark-bars" d={bars} />}
      </svg>
      {showNow && (
        <span className="spark-now" aria-hidden="true">
          {t.spark.perSecond({ now })}
        </span>
      )}
    </span>
  );
});
