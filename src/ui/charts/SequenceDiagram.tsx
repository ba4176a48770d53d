import { memo, useId } from "react";
import { useFormat } from "../../i18n/format";
import type { Format } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { chartsText } from "./charts-text";
import type { ChartsText, StepKind } from "./charts-text";
import "./sequence.css";

export type { StepKind } from "./charts-text";
export type SequenceLane = { id: string; label: string; sub?: string };
export type SequenceStep = {
  from: string;
  to: string;
  label: string;
  /** ms since the start of the exchange, when the app can know it */
  at?: number;
  kind: StepKind;
};

export type SequenceDiagramProps = {
  lanes: readonly SequenceLane[];
  steps: readonly SequenceStep[];
  /** the figure's accessible name, e.g. "Sequence" */
  name: string;
  /** true (default): the name is the visible caption; false: it names the figure for assistive technology only */
  showName?: boolean;
  /** true: the numbered list of steps (the text alternative) is shown under the picture, not only to screen readers */
  showSteps?: boolean;
};

const GUTTER = 72;
const LANE = 156;
const HEAD = { top: 6, height: 44 };
const FIRST = HEAD.top + HEAD.height + 34;
const ROW = 42;
const LOOP = 16;

const GLYPH: Record<StepKind, string> = { request: "", reply: "✓ ", "error-reply": "⚠\uFE0E ", status: "⊘ ", timeout: "", late: "" };
const OPEN_HEAD: Record<StepKind, boolean> = { request: false, reply: true, "error-reply": true, status: false, timeout: false, late: true };

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s);

// Lanes (requester, server, agents, reply inbox) with lifelines; one row per
// step, in order. Times sit in the left gutter: hops take microseconds and a
// timeout seconds, so the rows are evenly spaced, not to scale.
export const SequenceDiagram = memo(function SequenceDiagram({ lanes, steps, name, showName = true, showSteps = false }: SequenceDiagramProps) {
  const t = useMessages(chartsText);
  const f = useFormat();
  const captionId = useId();
  const xOf = new Map(lanes.map((l, i) => [l.id, GUTTER + LANE * i + LANE / 2]));
  const width = GUTTER + LANE * lanes.length + 8;
  const height = FIRST + Math.max(0, steps.length - 1) * ROW + LOOP + 18;
  const used = new Set(steps.flatMap((s) => [s.from, s.to]));
  const laneName = (id: string) => {
    const lane = lanes.find((l) => l.id === id);
    return lane ? (lane.sub ? `${lane.label} (${lane.sub})` : lane.label) : id;
  };
  const sentence = (s: SequenceStep) => {
    const p = { from: laneName(s.from), to: laneName(s.to), label: s.label, at: s.at === undefined ? undefined : t.sequence.since({ ms: f.ms(s.at) }) };
    return s.kind === "timeout" ? t.sequence.timeoutStep(p) : t.sequence.step({ ...p, kind: t.sequence.kinds[s.kind] });
  };
  return (
    <figure className="seq-figure" {...(showName ? { "aria-labelledby": captionId } : { "aria-label": name })}>
      {showName && (
        <figcaption id={captionId} className="seq-caption">
          {name}
        </figcaption>
      )}
      <svg className="seq-svg" viewBox={`0 0 ${width} ${height}`} width={width} aria-hidden="true" focusable="false" data-chart="sequence">
        {lanes.map((l) => {
          const x = xOf.get(l.id)!;
          return (
            <g key={l.id} className={used.has(l.id) ? "seq-lane" : "seq-lane seq-idle"} data-lane={l.id}>
              <title>{laneName(l.id)}</title>
              <line className="seq-lifeline" x1={x} x2={x} y1={HEAD.top + HEAD.height} y2={height - 4} />
              <rect className="seq-head" x={x - LANE / 2 + 8} y={HEAD.top} width={LANE - 16} height={HEAD.height} rx={7} />
              <text className="seq-lane-label" x={x} y={HEAD.top + (l.sub ? 19 : 27)} textAnchor="middle">
                {cut(l.label, 19)}
              </text>
              {l.sub && (
                <text className="seq-lane-sub" x={x} y={HEAD.top + 35} textAnchor="middle">
                  {cut(l.sub, 24)}
                </text>
              )}
            </g>
          );
        })}
        {steps.map((s, i) => {
          const x1 = xOf.get(s.from);
          const x2 = xOf.get(s.to);
          if (x1 === undefined || x2 === undefined) return null;
          return <Step key={i} s={s} i={i} x1={x1} x2={x2} y={FIRST + i * ROW} title={sentence(s)} f={f} t={t} />;
        })}
      </svg>
      <ol className={showSteps ? "seq-steps" : "sr-only"}>
        {steps.map((s, i) => (
          <li key={i} data-step-kind={s.kind}>
            {sentence(s)}
          </li>
        ))}
      </ol>
    </figure>
  );
});

type StepProps = { s: SequenceStep; i: number; x1: number; x2: number; y: number; title: string; f: Format; t: ChartsText };

function Step({ s, i, x1, x2, y, title, f, t }: StepProps) {
  const self = x1 === x2;
  const dir = self ? -1 : Math.sign(x2 - x1);
  const timeout = s.kind === "timeout";
  // a timeout's arrow stops on the way, before the next lifeline: nothing arrived anywhere
  const end = timeout ? x1 + dir * Math.min(Math.abs(x2 - x1) * 0.55, LANE * 0.5) : x2;
  const tipY = self ? y + LOOP : y;
  const line = self ? `M${x1} ${y}h34v${LOOP}h-33` : `M${x1} ${y}H${end - dir * (timeout ? 0 : 2)}`;
  const span = self || timeout ? LANE : Math.abs(x2 - x1);
  const suffix = s.kind === "late" ? `${s.label ? " " : ""}(${t.sequence.late})` : "";
  const text = cut(s.label, Math.floor(span / 6.4) - suffix.length - GLYPH[s.kind].length);
  return (
    <g className={`seq-step seq-${s.kind}`} data-step-kind={s.kind} data-step={i} data-from={s.from} data-to={s.to}>
      <title>{title}</title>
      <path className="seq-arrow" d={line} />
      {timeout ? (
        <g className="seq-nothing">
          <path className="seq-cross" d={`M${end - 5} ${y - 5}l10 10m0 -10l-10 10`} />
          <text x={end + dir * 10} y={y + 4} textAnchor={dir > 0 ? "start" : "end"} className="seq-label">
            {t.sequence.nothing}
          </text>
        </g>
      ) : (
        <path
          className={OPEN_HEAD[s.kind] ? "seq-head-open" : "seq-head-filled"}
          d={OPEN_HEAD[s.kind] ? `M${x2 - dir * 9} ${tipY - 4.5}L${x2} ${tipY}L${x2 - dir * 9} ${tipY + 4.5}` : `M${x2} ${tipY}l${-dir * 9} -4.5v9Z`}
        />
      )}
      {(text || suffix) && (
        <text className="seq-label" x={self ? x1 + 40 : (x1 + end) / 2} y={self ? y + 12 : y - 7} textAnchor={self ? "start" : "middle"}>
          {GLYPH[s.kind] && <tspan className="seq-glyph">{GLYPH[s.kind]}</tspan>}
          {text}
          {suffix}
        </text>
      )}
      {s.at !== undefined && (
        <text className="seq-time" x={GUTTER - 10} y={y + 4} textAnchor="end">
          {t.sequence.since({ ms: f.ms(s.at) })}
        </text>
      )}
    </g>
  );
}
