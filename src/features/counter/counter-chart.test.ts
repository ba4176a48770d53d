import { describe, expect, it } from "vitest";
import { chartMinutes, chartSeriesOf } from "./counter-chart";
import type { Received } from "./counter-store";
import { counterEn } from "./counter-text";
import counterFr from "./counter-text.fr";

const r = (id: number, publisherKey: string, v: number | string, more: Partial<Received> = {}): Received => ({
  id,
  at: 1000 * id,
  subject: "compteur",
  publisherKey,
  publisher: publisherKey === "unknown" ? undefined : publisherKey,
  reading: typeof v === "number" ? { kind: "number", value: v } : { kind: "not-a-number", raw: v },
  ...more,
});

describe("counter chart series", () => {
  it("chart - a line per publisher, a point per number; gaps and restarts flagged with the panel's note", () => {
    const series = chartSeriesOf(
      [
        {
          key: "p1",
          name: "alice",
          values: [
            r(1, "p1", 0, { continuity: { kind: "first" } }),
            r(2, "p1", 2, { continuity: { kind: "in-step" } }),
            r(3, "p1", "hello"),
            r(4, "p1", 8, { continuity: { kind: "gap", missed: 2, from: 2, to: 8 } }),
            r(5, "p1", 0, { continuity: { kind: "restart", from: 8, to: 0 } }),
            r(6, "p1", 3, { continuity: { kind: "jump", from: 0, to: 3, step: 2 } }),
          ],
        },
        { key: "unknown", values: [r(7, "unknown", 100)] },
      ],
      counterEn,
    );
    expect(series).toEqual([
      {
        id: "p1",
        label: "alice",
        points: [
          { t: 1000, v: 0 },
          { t: 2000, v: 2 },
          { t: 4000, v: 8, flag: "gap", note: "missed 2 values (2 → 8)" },
          { t: 5000, v: 0, flag: "restart", note: "went back 8 → 0: the publisher restarted" },
          { t: 6000, v: 3 },
        ],
      },
      { id: "unknown", label: "unknown", points: [{ t: 7000, v: 100 }] },
    ]);
  });

  it("chart - a publisher with no number has no line; two of the same name are told apart; French notes", () => {
    const series = chartSeriesOf(
      [
        { key: "p1", name: "tab", values: [r(1, "p1", 4)] },
        { key: "words", name: "words", values: [r(2, "words", "bonjour")] },
        { key: "p2", name: "tab", values: [r(3, "p2", 6, { continuity: { kind: "gap", missed: 1, from: 2, to: 6 } })] },
        { key: "unknown", values: [r(4, "unknown", 1)] },
      ],
      counterFr,
    );
    expect(series.map((s) => s.label)).toEqual(["tab", "tab (2)", "inconnu"]);
    expect(series[1]!.points[0]!.note).toBe("1 valeur manquée (2 → 6)");
  });

  it("chart - its width in time: the whole minutes the values span, 1 to 5 (5 with none)", () => {
    const at = (ms: number) => ({ key: "p", values: [r(1, "p", 1, { at: ms })] });
    expect(chartMinutes([], 600_000)).toBe(5);
    expect(chartMinutes([at(590_000)], 600_000)).toBe(1);
    expect(chartMinutes([at(590_000), at(450_000)], 600_000)).toBe(3);
    expect(chartMinutes([at(0)], 600_000)).toBe(5);
  });
});
