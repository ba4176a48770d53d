import { defineMessages } from "../../i18n/messages";
import type { Continuity, FieldProblem } from "./counter-logic";

// Every word of the Counter panel, in English (French: counter-text.fr.ts).
export const counterEn = {
  publisher: {
    title: "Publisher",
    intro: "Publishes a number as text on the subject, like the lab's Python service: any NATS client can read it.",
    subject: "Subject",
    subjectHint: "every tab listens on this subject too",
    interval: "Interval (ms)",
    intervalHint: (p: { seconds: string }) => `every ${p.seconds} s; at least 100`,
    intervalHintDefault: "in milliseconds, at least 100 (10000 = every 10 s)",
    step: "Step",
    start: "Start value",
    startPublishing: "Start publishing",
    stopPublishing: "Stop publishing",
    publishing: (p: { sent: number; last: string }) => `Publishing: ${p.sent} sent, last value ${p.last}`,
    stopped: (p: { sent: number; last: string }) => `Stopped after ${p.sent} messages (last value ${p.last})`,
    idle: "Not publishing",
    notConnectedYet: "not connected yet: publishing starts once the server answers",
  },
  live: {
    title: "Live on",
    latest: "Latest value",
    publishedBy: "Published by",
    empty: "(empty)",
    from: (p: { who: string; at: string }) => `from ${p.who} at ${p.at}`,
    unknown: "unknown",
    waiting: {
      pending: (p: { subject: string }) => `subscribing to ${p.subject}…`,
      ready: (p: { subject: string }) => `waiting for a message on ${p.subject}…`,
      refused: (p: { subject: string }) => `not receiving: the server refused the subscription to ${p.subject}`,
    },
    table: "Values per publisher",
    columns: { publisher: "Publisher", latest: "Latest", received: "Received", missed: "Missed", at: "At" },
    total: (p: { count: string }) => `${p.count} received since this tab started listening`,
  },
  history: {
    title: (p: { size: number }) => `Last ${p.size} values`,
    list: "Counter history",
    inspect: (p: { value: string }) => `Inspect value ${p.value}`,
  },
  chart: {
    title: "Values over time",
    value: "Counter value",
    intro: (p: { minutes: number }) => `The last ${p.minutes} minutes, one line per publisher: a diamond marks a value that came after missed ones.`,
    loading: "Drawing the chart…",
    none: "Drawn from the first value received: one line per publisher.",
    same: (p: { name: string; n: number }) => `${p.name} (${p.n})`,
    exportLabel: "Export the values",
    exportNote: (p: { minutes: number }) =>
      `Every value of the last ${p.minutes} minutes, per publisher: its time, publisher, note and headers (JSON has them all; CSV one row per value).`,
  },
  inspect: {
    notKept: (p: { rows: string; megabytes: string }) =>
      `This tab no longer keeps this value's payload and headers: it keeps them for its newest ${p.rows} values, up to ${p.megabytes} MB.`,
  },
  note: {
    notANumber: "not a number: the payload is shown as text",
    notText: "not a number: the payload is bytes, not UTF-8 text",
    gap: (p: { missed: number; from: number; to: number }) => `missed ${p.missed} value${p.missed > 1 ? "s" : ""} (${p.from} → ${p.to})`,
    jump: (p: { from: number; to: number; step: number }) => `jumped ${p.from} → ${p.to}, not a multiple of the step ${p.step}`,
    restart: (p: { from: number; to: number }) => `went back ${p.from} → ${p.to}: the publisher restarted`,
  },
  problem: {
    notWholeMs: (p: { text: string }) => `'${p.text}' is not a whole number of milliseconds`,
    notWhole: (p: { text: string }) => `'${p.text}' is not a whole number`,
    tooFast: (p: { ms: number; min: number }) => `${p.ms} ms is too fast: the smallest interval is ${p.min} ms`,
    tooSlow: (p: { ms: number; max: number }) => `${p.ms} ms is more than a day: the largest interval is ${p.max} ms`,
    stepZero: "a step of 0 would publish the same value forever",
    stepTooLarge: "step is too large",
    startTooLarge: "start value is too large",
  },
};

export type CounterText = typeof counterEn;

export const counterText = defineMessages(counterEn, () => import("./counter-text.fr"));

export function describeContinuity(c: Continuity, t: CounterText = counterEn): string | undefined {
  switch (c.kind) {
    case "gap":
      return t.note.gap(c);
    case "jump":
      return t.note.jump(c);
    case "restart":
      return t.note.restart(c);
    default:
      return undefined;
  }
}

/** A field problem that is not about the subject grammar (that one says itself: subject-text.ts). */
export function describeFieldProblem(p: Exclude<FieldProblem, { kind: "subject" }>, t: CounterText = counterEn): string {
  switch (p.kind) {
    case "not-whole":
      return p.unit === "ms" ? t.problem.notWholeMs(p) : t.problem.notWhole(p);
    case "too-fast":
      return t.problem.tooFast(p);
    case "too-slow":
      return t.problem.tooSlow(p);
    case "step-zero":
      return t.problem.stepZero;
    case "too-large":
      return p.field === "step" ? t.problem.stepTooLarge : t.problem.startTooLarge;
  }
}
