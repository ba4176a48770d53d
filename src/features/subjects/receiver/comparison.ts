import { read } from "../../../ui/inspector/payload";
import type { Reading } from "../../../ui/inspector/payload";
import type { KeptMessage } from "./kept-messages";
import { diffLines } from "./line-diff";
import type { DiffLine } from "./line-diff";

// Two messages of one subject side by side: what changed from the older to the
// newer, line by line (JSON pretty-printed first when both are JSON). Pure.

/** A log row picked for comparison. */
export type ComparePick = { id: number; subject: string; at: number };

/** Why a row was not picked (receiver-text.ts says it). */
export type CompareRefusal = { kind: "other-subject"; subject: string; picked: string };

export type Comparison =
  | { kind: "diff"; as: "json" | "text"; lines: DiffLine[]; added: number; removed: number }
  | { kind: "too-big"; lines: number; max: number }
  /** the payload of the row received at `at` is no longer kept */
  | { kind: "not-kept"; at: number }
  /** the payload of the row received at `at` is not text */
  | { kind: "binary"; at: number };

/** `picked`: oldest first, at most two, all on one subject; `result` once two are picked. */
export type CompareState = { picked: readonly ComparePick[]; refusal?: CompareRefusal; result?: Comparison };

export const NOTHING_PICKED: CompareState = { picked: [] };

/** A row's Compare button: picks or unpicks it; a row of another subject is refused with the reason. Two at most: the newest picks stay. */
export function togglePick(s: CompareState, row: ComparePick): CompareState {
  if (s.picked.some((p) => p.id === row.id)) return { picked: s.picked.filter((p) => p.id !== row.id) };
  const subject = s.picked[0]?.subject;
  if (subject !== undefined && subject !== row.subject) return { ...s, refusal: { kind: "other-subject", subject: row.subject, picked: subject } };
  return { picked: [...s.picked, row].slice(-2).sort((a, b) => a.id - b.id) };
}

const pretty = (r: Reading) => (r.json && "pretty" in r.json ? r.json.pretty : undefined);

type Side = { pick: ComparePick; kept: KeptMessage | undefined };

/** What changed from the first (older) message to the second. */
export function compareMessages(first: Side, second: Side): Comparison {
  for (const side of [first, second]) if (!side.kept) return { kind: "not-kept", at: side.pick.at };
  const a = read(first.kept!.payload);
  const b = read(second.kept!.payload);
  if (a.text === undefined) return { kind: "binary", at: first.pick.at };
  if (b.text === undefined) return { kind: "binary", at: second.pick.at };
  const prettyA = pretty(a);
  const prettyB = pretty(b);
  const json = prettyA !== undefined && prettyB !== undefined;
  const left = json ? prettyA : a.text;
  const right = json ? prettyB : b.text;
  const d = diffLines(left.split("\n"), right.split("\n"));
  if (d.tooBig) return { kind: "too-big", ...d.tooBig };
  return { kind: "diff", as: json ? "json" : "text", lines: d.lines, added: d.added, removed: d.removed };
}
