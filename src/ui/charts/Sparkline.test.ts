import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createRateBuckets } from "./rate-buckets";
import { Sparkline } from "./Sparkline";
import { count } from "./test-markup";

const T0 = Date.UTC(2026, 11, 2, 2, 15, 0);

describe("Sparkline - a minute of rates", () => {
  it("says the rate now and the peak; data attributes give the figures", () => {
    const r = createRateBuckets();
    r.add(T0, 40);
    r.add(T0 + 30_000, 12);
    r.add(T0 + 31_000, 3); // the second in progress
    const html = renderToStaticMarkup(createElement(Sparkline, { series: r.read(T0 + 31_400), name: "fr.>" }));
    expect(html).toContain('role="img" aria-label="fr.&gt;: 12 messages/s now, peak 40 in the last 60 s"');
    expect(html).toContain('data-rate-now="12" data-rate-peak="40" data-total="55" data-buckets="60"');
    expect(html).toContain('<span class="spark-now" aria-hidden="true">12/s</span>');
    // one path for all the bars: three non-empty seconds, three bars in it
    expect(count(html, /<path class="spark-bars"/)).toBe(1);
    expect(count(html, /M[\d.]+ 23v/)).toBe(3);
  });

  it("silence: a baseline, no bars; no name, no prefix", () => {
    const html = renderToStaticMarkup(createElement(Sparkline, { series: createRateBuckets().read(T0), showNow: false }));
    expect(html).toContain('aria-label="0 messages/s now, peak 0 in the last 60 s"');
    expect(html).not.toContain("spark-bars");
    expect(html).not.toContain("spark-now");
  });
});
