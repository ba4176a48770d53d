// The geometry of a LineChart, without React: which points fall in the time
// window, where they go, the axes' ticks. Pure, so it is tested on numbers.
import type { PointFlag } from "./charts-text";
import type { ValueAxis } from "./chart-scales";
import { timeTicks, valueAxis } from "./chart-scales";

export type ChartPoint = { t: number; v: number; flag?: PointFlag; note?: string };
export type ChartSeries = { id: string; label: string; points: readonly ChartPoint[] };

export type DrawnPoint = ChartPoint & { x: number; y: number; key: string };
export type DrawnSeries = {
  id: string;
  label: string;
  /** the series' place, which picks its colour, dash and marker shape */
  style: number;
  /** the line between points; `broken`: the segments that lead to a point after missed values */
  solid: string;
  broken: string;
  /** the points given a marker: all when few, else every n-th plus every flagged one and the last */
  markers: DrawnPoint[];
  /** points in the window */
  shown: number;
  gaps: number;
  restarts: number;
  last?: ChartPoint;
};

export type ChartModel = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  x: { t: number; at: number }[];
  y: ValueAxis & { at: number[]; labels: string[] };
  series: DrawnSeries[];
  empty: boolean;
};

export type ModelOptions = {
  start: number;
  end: number;
  width: number;
  height: number;
  /** markers per line at most: the line itself keeps every point (a path costs little, 3 000 nodes do) */
  maxMarkers: number;
  formatValue: (v: number, digits: number) => string;
};

const round = (n: number) => Math.round(n * 10) / 10;
const inWindow = (p: ChartPoint, start: number) => p.t >= start && Number.isFinite(p.t) && Number.isFinite(p.v);

export function chartModel(series: readonly ChartSeries[], o: ModelOptions): ChartModel {
  const visible = series.map((s) => s.points.filter((p) => inWindow(p, o.start)));
  let min = Infinity;
  let max = -Infinity;
  for (const points of visible)
    for (const p of points) {
      if (p.v < min) min = p.v;
      if (p.v > max) max = p.v;
    }
  const empty = min > max;
  const axis = empty ? valueAxis(0, 1) : valueAxis(min, max);
  const labels = axis.ticks.map((v) => o.formatValue(v, axis.digits));
  const widest = Math.max(...labels.map((l) => l.length));
  const plot = { left: Math.round(14 + widest * 7), top: 24, right: o.width - 14, bottom: o.height - 42 };
  const span = Math.max(1, o.end - o.start);
  const xOf = (t: number) => round(plot.left + (Math.min(t, o.end) - o.start) / span * (plot.right - plot.left));
  const yOf = (v: number) => round(plot.bottom - ((v - axis.lo) / (axis.hi - axis.lo)) * (plot.bottom - plot.top));

  const drawn = series.map((s, style): DrawnSeries => {
    const points = visible[style]!;
    const stride = Math.ceil(points.length / o.maxMarkers);
    const markers: DrawnPoint[] = [];
    let solid = "";
    let broken = "";
    let gaps = 0;
    let restarts = 0;
    let px = 0;
    let py = 0;
    let same = 0;
    // one pass, objects only for the markers: a spread copy per point cost ~10 µs, 90 ms for 9 000 points
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      const x = xOf(p.t);
      const y = yOf(p.v);
      if (i === 0) solid += `M${x} ${y}`;
      else if (p.flag === "gap") {
        broken += `M${px} ${py}L${x} ${y}`;
        solid += `M${x} ${y}`;
      } else solid += `L${x} ${y}`;
      if (p.flag === "gap") gaps++;
      else if (p.flag === "restart") restarts++;
      // two values in the same millisecond still need distinct keys
      same = i > 0 && points[i - 1]!.t === p.t ? same + 1 : 0;
      if (p.flag !== undefined || i % stride === 0 || i === points.length - 1)
        markers.push({ t: p.t, v: p.v, flag: p.flag, note: p.note, x, y, key: same === 0 ? String(p.t) : `${p.t}.${same}` });
      px = x;
      py = y;
    }
    return { id: s.id, label: s.label, style, solid, broken, markers, shown: points.length, gaps, restarts, last: points.at(-1) };
  });

  return {
    width: o.width,
    height: o.height,
    plot,
    x: timeTicks(o.start, o.end).map((t) => ({ t, at: xOf(t) })),
    y: { ...axis, at: axis.ticks.map(yOf), labels },
    series: drawn,
    empty,
  };
}

const SHAPES = 5;
const DASHES = ["", "7 4", "2 3", "10 3 2 3"];

export const dashOf = (style: number) => DASHES[style % DASHES.length]!;
/** the class that sets a series' colour (`currentColor` inside) */
export const colourClass = (style: number) => `chart-c${(style % 6) + 1}`;

/** a series' point marker, centred on (x, y): circle, square, triangle, inverted triangle, plus */
export function markerPath(style: number, x: number, y: number, r = 3): string {
  switch (style % SHAPES) {
    case 0:
      return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 1:
      return `M${x - r} ${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 2:
      return `M${x} ${y - r - 1}l${r + 1} ${2 * r + 1}h${-2 * r - 2}Z`;
    case 3:
      return `M${x} ${y + r + 1}l${r + 1} ${-2 * r - 1}h${-2 * r - 2}Z`;
    default:
      return `M${x - r - 1} ${y}h${2 * r + 2}M${x} ${y - r - 1}v${2 * r + 2}`;
  }
}

/** the mark around a flagged point: a diamond after missed values, a square at a restart */
export function flagPath(flag: PointFlag, x: number, y: number): string {
  const r = 7;
  return flag === "gap" ? `M${x} ${y - r}l${r} ${r}l${-r} ${r}l${-r} ${-r}Z` : `M${x - 6} ${y - 6}h12v12h-12Z`;
}
