import type { BusMessage } from "../../nats/nats-client";
import { shown } from "../../subjects/subject-grammar";
import { Attribution, DEFAULT_ATTRIBUTION, MSG_ID_HEADER } from "./attribution";
import type { ActiveSub, Changes, Delivery, LogRow, SubRef } from "./attribution";
import { previewOf } from "./publisher-logic";
import { SubjectTree } from "./subject-tree";
import { useSubjects } from "./subjects-store";

// Where deliveries become state: counts, attributed log rows, the subject
// tree. Runs once per frame batch, whatever the panel shows, so counts never
// depend on rendering. Everything it keeps is bounded.

export const LOG_SIZE = 500;
export const TREE_NODES = 2000;

/** What a subscription callback hands over: nothing decoded yet. */
export type Incoming = { sub: SubRef; m: BusMessage; at: number };

/** Mutable and read by the tree view; `useSubjects().tree.rev` says when it changed. */
export const subjectTree = new SubjectTree(TREE_NODES);

let activeSubs: () => readonly ActiveSub[] = () => [];
const attribution = new Attribution(() => activeSubs());
let sweep: ReturnType<typeof setTimeout> | undefined;

export function setActiveSubs(provider: () => readonly ActiveSub[]) {
  activeSubs = provider;
}

function toDelivery({ sub, m, at }: Incoming): Delivery {
  return { sub, subject: m.subject, preview: previewOf(m.text), size: m.data.length, msgId: m.headers?.[MSG_ID_HEADER], at };
}

export function ingest(batch: Incoming[]) {
  const counts = { ...useSubjects.getState().counts };
  for (const item of batch) {
    counts[item.sub.key] = (counts[item.sub.key] ?? 0) + 1;
    attribution.deliver(toDelivery(item));
  }
  attribution.closeStale(Date.now());
  apply(attribution.drain(), counts, batch.length);
  scheduleSweep();
}

// Rows close a little after their last possible delivery, even when no
// further message comes to trigger it.
function scheduleSweep() {
  if (sweep !== undefined || attribution.openCount() === 0) return;
  sweep = setTimeout(() => {
    sweep = undefined;
    attribution.closeStale(Date.now());
    apply(attribution.drain());
    scheduleSweep();
  }, DEFAULT_ATTRIBUTION.openMs + 50);
}

function apply({ created, updated, mismatches }: Changes, counts?: Record<string, number>, delivered = 0) {
  if (created.length === 0 && updated.size === 0 && !counts) return;
  for (const row of created) subjectTree.add(row.subject, row.preview, row.at);
  useSubjects.setState((s) => {
    const fresh = created.length > LOG_SIZE ? created.slice(-LOG_SIZE) : created;
    const old = updated.size > 0 ? s.log.map((r) => updated.get(r.id) ?? r) : s.log;
    const log = fresh.length === 0 ? old : [...fresh.reverse(), ...old.slice(0, LOG_SIZE - fresh.length)];
    const last = mismatches.at(-1);
    return {
      log,
      counts: counts ?? s.counts,
      messages: s.messages + created.length,
      deliveries: s.deliveries + delivered,
      tree: created.length > 0 ? { rev: subjectTree.rev, nodes: subjectTree.size } : s.tree,
      mismatch: last ? { count: s.mismatch.count + mismatches.length, last: describeMismatch(last) } : s.mismatch,
    };
  });
}

export function describeMismatch(row: LogRow): string {
  const subject = `'${shown(row.subject)}'`;
  const parts = [
    ...row.unexpected.map((p) => `the server delivered ${subject} to '${p}', but the local matcher says '${p}' does not match it`),
    ...row.missing.map((p) => `'${p}' matches ${subject} says the local matcher, but its subscription did not receive it`),
  ];
  return parts.join("; ");
}

/** Empties the log and the tree; counts and mismatch reports are kept. */
export function clearSeen() {
  subjectTree.clear();
  useSubjects.setState({ log: [], tree: { rev: subjectTree.rev, nodes: 0 } });
}
