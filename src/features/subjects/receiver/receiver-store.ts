import { createStore } from "zustand/vanilla";
import type { BusDetail } from "../../../nats/errors";
import type { SubjectNote, SubjectProblem } from "../../../subjects/subject-problems";
import type { SubRates } from "./activity";
import type { LogRow } from "./attribution";
import { NOTHING_PICKED } from "./comparison";
import type { CompareState } from "./comparison";
import type { Gathered } from "./deliveries";
import { mismatchOf } from "./mismatch";
import type { MismatchReport } from "./mismatch";

export const DEFAULT_PATTERNS = ["fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg"] as const;

/** Rows kept in the log; counts keep everything. */
export const LOG_SIZE = 500;
/** Rows rendered of those kept. */
export const LOG_SHOWN = 100;

export const SubState = {
  /** the tab has not connected yet; it subscribes once connected */
  Waiting: "waiting",
  Subscribing: "subscribing",
  Active: "active",
  /** unsubscribed on the server, kept in the list with its count */
  Paused: "paused",
  Refused: "refused",
} as const;
export type SubState = (typeof SubState)[keyof typeof SubState];

/** A pattern of the list; `key` stays the same across pause and resume. `refusal`: why the server refused it. */
export type SubView = { key: string; pattern: string; colour: number; state: SubState; refusal?: BusDetail; notes: SubjectNote[] };

export type Mismatch = { count: number; last?: MismatchReport };

/** Why the Pattern field's text is not subscribed (receiver-text.ts and subject-text.ts say it). */
export type PatternProblem = { kind: "grammar"; problem: SubjectProblem } | { kind: "duplicate"; pattern: string };

/** The log as shown: newest first, bounded; `messages` is the total when these rows were shown. */
export type LogView = { rows: readonly LogRow[]; messages: number };

/** What one frame changed in the log: new rows oldest first (the newest LOG_SIZE), and older rows replaced. */
export type LogFrame = { created: readonly LogRow[]; updated: ReadonlyMap<number, LogRow>; messages: number };

export type ExplainForm = { subject: string; pattern: string; open: boolean };

export type ReceiverState = {
  subs: SubView[];
  /** deliveries per subscription key: exact, whatever is shown */
  counts: Record<string, number>;
  messages: number;
  deliveries: number;
  log: LogView;
  /** the subject tree lives in the controller; this says when (and how far) it changed, and when its rates did */
  tree: { rev: number; nodes: number; rates: number };
  /** messages per second over the last minute, per subscription key (absent: nothing yet) */
  rates: SubRates;
  /** user's choice per tree path; absent = the default rule */
  expanded: Record<string, boolean>;
  mismatch: Mismatch;
  pattern: { text: string; problem?: PatternProblem; notes: SubjectNote[] };
  explain: ExplainForm;
  /** two log rows of one subject, compared */
  compare: CompareState;
};

export const initialReceiverState = (): ReceiverState => ({
  subs: [],
  counts: {},
  messages: 0,
  deliveries: 0,
  log: { rows: [], messages: 0 },
  tree: { rev: 0, nodes: 0, rates: 0 },
  rates: {},
  expanded: {},
  mismatch: { count: 0 },
  pattern: { text: "", notes: [] },
  explain: { subject: "fr.grand_est.67.colmar", pattern: "fr.*.*.strasbourg", open: false },
  compare: NOTHING_PICKED,
});

export const createReceiverStore = () => createStore<ReceiverState>()(initialReceiverState);

export const withSub = (s: ReceiverState, key: string, patch: Partial<SubView>): Partial<ReceiverState> => ({
  subs: s.subs.map((v) => (v.key === key ? { ...v, ...patch } : v)),
});

/** Counts, totals and mismatch reports after a frame's deliveries: exact, every frame. */
export function withCounted(s: ReceiverState, g: Gathered): Partial<ReceiverState> {
  let counts = s.counts;
  if (g.counts.size > 0) {
    counts = { ...s.counts };
    for (const [key, n] of g.counts) counts[key] = (counts[key] ?? 0) + n;
  }
  const last = g.mismatches.at(-1);
  return {
    counts,
    messages: s.messages + g.created.length,
    deliveries: s.deliveries + g.delivered,
    mismatch: last ? { count: s.mismatch.count + new Set(g.mismatches.map((r) => r.id)).size, last: mismatchOf(last) } : s.mismatch,
  };
}

/** The log after the frames gathered since it was last shown, in order. */
export function withLogFrames(log: LogView, frames: readonly LogFrame[]): LogView {
  let rows = log.rows;
  for (const { created, updated } of frames) {
    const old = updated.size > 0 ? rows.map((r) => updated.get(r.id) ?? r) : rows;
    rows = created.length === 0 ? old : [...[...created].reverse(), ...old.slice(0, Math.max(0, LOG_SIZE - created.length))];
  }
  return { rows, messages: frames.at(-1)?.messages ?? log.messages };
}

/** A frame's changes as the log takes them: only the newest LOG_SIZE new rows can ever be shown. */
export function logFrame(g: Gathered, messages: number): LogFrame {
  const newest = g.created.length > LOG_SIZE ? g.created.slice(-LOG_SIZE) : g.created;
  // a row may have been created and then completed in a later slice of the same frame
  const created = g.updated.size > 0 ? newest.map((r) => g.updated.get(r.id) ?? r) : newest;
  return { created, updated: g.updated, messages };
}
