import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { LineChartProps } from "./LineChart";
import { LineChart } from "./LineChart";
import type { ChartSeries } from "./line-chart-model";
import { attrs, count } from "./test-markup";

const NOW = new Date(2026, 11, 2, 2, 15, 3).getTime();
const ago = (s: number) => NOW - s * 1000;
const render = (p: Partial<LineChartProps> & { series: readonly ChartSeries[] }) =>
  renderToStaticMarkup(createElement(LineChart, { name: "Values over time", minutes: 5, now: NOW, ...p }));

const alice: ChartSeries = {
  id: "p-alice",
  label: "alice",
  points: [
    { t: ago(400), v: -2 }, // before the window
    { t: ago(50), v: 0 },
    { t: ago(40), v: 2 },
    { t: ago(30), v: 8, flag: "gap", note: "missed 2 values (2 → 8)" },
    { t: ago(20), v: 10 },
  ],
};
const bob: ChartSeries = { id: "p-bob", label: "bob", points: [{ t: ago(45), v: 100 }, { t: ago(25), v: 0, flag: "restart" }, { t: ago(5), v: 2 }] };

describe("LineChart - what it draws", () => {
  it("one point per value in the window, flagged ones marked with a title", () => {
    const html = render({ series: [alice, bob] });
    expect(count(html, /data-point=""/)).toBe(7);
    expect(count(html, /data-series="p-alice" data-t=/)).toBe(3);
    expect(attrs(html, "data-flag")).toEqual(["gap", "restart"]);
    expect(attrs(html, "data-points")).toEqual(["4", "3"]);
    expect(html).toContain("<title>alice: 8 at 02:14:33.000 — missed 2 values (2 → 8)</title>");
    expect(html).toContain("bob: 0 at 02:14:38.000 — restart: the value went back</title>");
    // the value that left the window is not drawn
    expect(attrs(html, "data-v")).not.toContain("-2");
  });

  it("a line per series, told apart by dash and marker shape as well as colour; the gap's segment broken", () => {
    const html = render({ series: [alice, bob] });
    expect(count(html, /class="chart-series chart-c1"/)).toBe(1);
    expect(count(html, /class="chart-series chart-c2"/)).toBe(1);
    expect(count(html, /class="chart-line chart-line-broken"/)).toBe(1);
    expect(count(html, /stroke-dasharray="7 4"/)).toBe(2); // bob's line and its legend sample
    expect(attrs(html, "data-legend")).toEqual(["p-alice", "p-bob", "flag-gap", "flag-restart"]);
    expect(html).toMatch(/<li data-legend="p-alice"><svg[^>]*>.*?<\/svg>alice<\/li>/);
  });

  it("labelled axes: times in the page's format, round values", () => {
    const html = render({ series: [alice, bob], valueLabel: "Counter value" });
    expect(html).toContain(">Counter value</text>");
    expect(html).toContain(">Time</text>");
    expect(html).toMatch(/>02:1[0-5]:00<\/text>/);
    expect(html).toMatch(/>100<\/text>/);
  });

  it("named by its caption, with a table of last values for screen readers", () => {
    const html = render({ series: [alice, bob] });
    expect(html).toMatch(/^<figure class="chart-figure" aria-labelledby="([^"]+)"><figcaption id="\1"/);
    expect(html).toContain('<svg class="chart-svg" viewBox="0 0 640 240" aria-hidden="true"');
    expect(html).toContain('<table class="sr-only"><caption>2 lines over the last 5 min: 7 values, 2 marked.</caption>');
    expect(html).toContain("<th scope=\"row\">alice</th><td>10</td><td>02:14:43</td><td>4</td><td>1</td><td>0</td>");
    const named = render({ series: [alice], showName: false, showTable: true });
    expect(named).toMatch(/^<figure class="chart-figure" aria-label="Values over time">/);
    expect(named).not.toContain("figcaption");
    expect(named).toContain('<table class="table chart-table">');
  });

  it("thousands of values: every one in the line, a bounded number of markers, flags always", () => {
    const points = Array.from({ length: 3000 }, (_, i) => ({ t: ago(299 - i * 0.1), v: i, ...(i === 1501 ? { flag: "gap" as const } : {}) }));
    const html = render({ series: [{ id: "fast", label: "fast", points }] });
    expect(attrs(html, "data-points")).toEqual(["3000"]);
    const markers = count(html, /data-point=""/);
    expect(markers).toBeGreaterThan(70);
    expect(markers).toBeLessThanOrEqual(82);
    expect(count(html, /data-flag="gap"/)).toBe(1);
    expect(html).toContain('data-t="' + points[2999]!.t + '"');
  });

  it("nothing yet: says so, in the window asked for", () => {
    const html = render({ series: [], minutes: 2 });
    expect(html).toContain("No values in the last 2 min</text>");
    expect(html).toContain("<caption>No values in the last 2 min.</caption>");
    expect(count(html, /data-point/)).toBe(0);
    const noClock = renderToStaticMarkup(createElement(LineChart, { name: "x", minutes: 5, series: [] }));
    expect(noClock).not.toMatch(/>\d\d:\d\d:\d\d<\//);
  });

  it("is memoised: the same props render nothing new", () => {
    expect((LineChart as unknown as { $$typeof: symbol }).$$typeof).toBe(Symbol.for("react.memo"));
  });
});
