import { create } from "zustand";
import type { LogRow } from "./attribution";

export const DEFAULT_PATTERNS = ["fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg"] as const;

export const SubState = {
  /** the tab has no connection yet; it subscribes once connected */
  Waiting: "waiting",
  Subscribing: "subscribing",
  Active: "active",
  /** unsubscribed on the server, kept in the list with its count */
  Paused: "paused",
  Refused: "refused",
} as const;
export type SubState = (typeof SubState)[keyof typeof SubState];

export type SubView = { key: string; pattern: string; colour: number; state: SubState; error?: string; warnings: string[] };

export type Mismatch = { count: number; last?: string };

type SubjectsStore = {
  subs: SubView[];
  /** deliveries per subscription key: exact, whatever is shown */
  counts: Record<string, number>;
  /** newest first, bounded */
  log: LogRow[];
  messages: number;
  deliveries: number;
  tree: { rev: number; nodes: number };
  /** user's choice per tree path; absent = the default rule */
  expanded: Record<string, boolean>;
  mismatch: Mismatch;
  pattern: { text: string; error?: string; warnings: string[] };
  explain: { subject: string; pattern: string; open: boolean };
};

export const initialSubjectsState = (): SubjectsStore => ({
  subs: DEFAULT_PATTERNS.map((pattern, i) => ({ key: `s${i + 1}`, pattern, colour: i, state: SubState.Waiting, warnings: [] })),
  counts: {},
  log: [],
  messages: 0,
  deliveries: 0,
  tree: { rev: 0, nodes: 0 },
  expanded: {},
  mismatch: { count: 0 },
  pattern: { text: "", warnings: [] },
  explain: { subject: "fr.grand_est.67.colmar", pattern: "fr.*.*.strasbourg", open: false },
});

export const useSubjects = create<SubjectsStore>()(initialSubjectsState);

export const updateSub = (key: string, patch: Partial<SubView>) =>
  useSubjects.setState((s) => ({ subs: s.subs.map((v) => (v.key === key ? { ...v, ...patch } : v)) }));

export const findSub = (key: string) => useSubjects.getState().subs.find((v) => v.key === key);
