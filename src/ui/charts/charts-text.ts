import { defineMessages } from "../../i18n/messages";

export type StepKind = "request" | "reply" | "error-reply" | "status" | "timeout" | "late";
export type PointFlag = "gap" | "restart";
/** a number as the page writes it, and the number itself (for the plural) */
type Count = { count: string; n: number };

export const chartsEn = {
  time: "Time",
  value: "Value",
  legend: "Legend",
  noData: (p: { minutes: string }) => `No values in the last ${p.minutes} min`,
  flags: {
    gap: "missed values before this one (dotted segment)",
    restart: "restart: the value went back",
  } satisfies Record<PointFlag, string>,
  point: (p: { series: string; value: string; at: string }) => `${p.series}: ${p.value} at ${p.at}`,
  summary: (p: { series: number; minutes: string; points: Count; flagged: Count }) =>
    p.series === 0
      ? `No values in the last ${p.minutes} min.`
      : `${p.series === 1 ? "One line" : `${p.series} lines`} over the last ${p.minutes} min: ${p.points.count} value${p.points.n === 1 ? "" : "s"}, ${p.flagged.count} marked.`,
  table: { series: "Line", last: "Last value", at: "At", points: "Values shown", gaps: "Gaps (missed values)", restarts: "Restarts" },
  spark: {
    label: (p: { name?: string; now: string; peak: string; seconds: string }) =>
      `${p.name ? `${p.name}: ` : ""}${p.now} messages/s now, peak ${p.peak} in the last ${p.seconds} s`,
    perSecond: (p: { now: string }) => `${p.now}/s`,
  },
  sequence: {
    kinds: {
      request: "request",
      reply: "reply",
      "error-reply": "error reply",
      status: "status from the server",
      timeout: "timeout",
      late: "late reply",
    } satisfies Record<StepKind, string>,
    nothing: "nothing",
    late: "late",
    steps: "Steps",
    step: (p: { kind: string; from: string; to: string; label: string; at?: string }) =>
      `${p.at ? `${p.at}: ` : ""}${p.kind} from ${p.from} to ${p.to}${p.label ? ` — ${p.label}` : ""}`,
    timeoutStep: (p: { from: string; to: string; label: string; at?: string }) =>
      `${p.at ? `${p.at}: ` : ""}timeout — nothing came from ${p.from} to ${p.to}${p.label ? ` — ${p.label}` : ""}`,
    since: (p: { ms: string }) => `+${p.ms}`,
  },
};

export type ChartsText = typeof chartsEn;

export const chartsText = defineMessages(chartsEn, () => import("./charts-text.fr"));
