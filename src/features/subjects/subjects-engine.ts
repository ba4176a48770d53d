import type { BusMessage } from "../../nats/nats-client";
import { shown } from "../../subjects/subject-grammar";
import { Attribution, DEFAULT_ATTRIBUTION, MSG_ID_HEADER } from "./attribution";
import type { ActiveSub, Changes, Delivery, LogRow, SubRef } from "./attribution";
import { previewOf } from "./publisher-logic";
import { SubjectTree } from "./subject-tree";
import { useSubjects } from "./subjects-store";
import { frameBatch } from "../../ui/frame-batch";

// Where deliveries become state: counts, attributed log rows, the subject
// tree. Fed once per frame batch, whatever the panel shows, so counts never
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

// A late frame can bring tens of thousands of deliveries at once. Handled in
// one go they would block the page for a tenth of a second or more — and the
// next frame would come later still, with a bigger batch. So the work is cut
// into short slices with the event loop free in between (clicks, frames,
// nats.ws reading the socket), and the store is published once per frame.
const SLICE_MS = 6;
let backlog: Incoming[] = [];
let next = 0;
let pumping = false;
// setTimeout(0) is clamped to 4 ms once nested; a message port yields without idling.
const continuation = typeof MessageChannel === "function" ? new MessageChannel() : undefined;
if (continuation) continuation.port1.onmessage = () => pump();
const later = () => (continuation ? continuation.port2.postMessage(null) : setTimeout(pump, 0));
let pending: { counts: Map<string, number>; delivered: number; changes: Changes[] } = fresh();
const publishSoon = frameBatch<true>(() => publish());

function fresh() {
  return { counts: new Map<string, number>(), delivered: 0, changes: [] as Changes[] };
}

export function ingest(batch: Incoming[]) {
  if (next >= backlog.length) {
    backlog = batch;
    next = 0;
  } else {
    for (const item of batch) backlog.push(item);
  }
  if (!pumping) pump();
}

function pump() {
  pumping = false;
  const until = performance.now() + SLICE_MS;
  const counts = pending.counts;
  let done = 0;
  while (next < backlog.length) {
    const item = backlog[next++]!;
    counts.set(item.sub.key, (counts.get(item.sub.key) ?? 0) + 1);
    attribution.deliver(toDelivery(item));
    if (++done % 64 === 0 && performance.now() > until) break;
  }
  pending.delivered += done;
  attribution.closeStale(Date.now());
  collect();
  if (next < backlog.length) {
    pumping = true;
    later();
  } else {
    backlog = [];
    next = 0;
    scheduleSweep();
  }
}

function collect() {
  const changes = attribution.drain();
  if (changes.created.length === 0 && changes.updated.size === 0 && pending.delivered === 0) return;
  for (const row of changes.created) subjectTree.add(row.subject, row.preview, row.at);
  pending.changes.push(changes);
  publishSoon.push(true);
}

// Rows close a little after their last possible delivery, even when no
// further message comes to trigger it.
function scheduleSweep() {
  if (sweep !== undefined || attribution.openCount() === 0) return;
  sweep = setTimeout(() => {
    sweep = undefined;
    if (pumping) return;
    attribution.closeStale(Date.now());
    collect();
    scheduleSweep();
  }, DEFAULT_ATTRIBUTION.openMs + 50);
}

/** Everything gathered since the last frame, in one store update. */
function publish() {
  const { counts, delivered, changes } = pending;
  pending = fresh();
  const created = changes.flatMap((c) => c.created);
  const updated = new Map<number, LogRow>();
  for (const c of changes) for (const [id, row] of c.updated) updated.set(id, row);
  const mismatches = changes.flatMap((c) => c.mismatches);
  useSubjects.setState((s) => {
    const total = { ...s.counts };
    for (const [key, n] of counts) total[key] = (total[key] ?? 0) + n;
    // a row may have been created and then completed in a later slice of the same frame
    const fresh = (created.length > LOG_SIZE ? created.slice(-LOG_SIZE) : created).map((r) => updated.get(r.id) ?? r);
    const old = updated.size > 0 ? s.log.map((r) => updated.get(r.id) ?? r) : s.log;
    const log = fresh.length === 0 ? old : [...fresh.reverse(), ...old.slice(0, LOG_SIZE - fresh.length)];
    const last = mismatches.at(-1);
    return {
      log,
      counts: counts.size > 0 ? total : s.counts,
      messages: s.messages + created.length,
      deliveries: s.deliveries + delivered,
      tree: created.length > 0 ? { rev: subjectTree.rev, nodes: subjectTree.size } : s.tree,
      mismatch: last ? { count: s.mismatch.count + new Set(mismatches.map((r) => r.id)).size, last: describeMismatch(last) } : s.mismatch,
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
