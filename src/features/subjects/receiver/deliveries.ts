import type { BusMessage } from "../../../nats/nats-client";
import { MSG_ID_HEADER } from "../msg-id-header";
import { Attribution } from "./attribution";
import type { ActiveSub, AttributionOptions, Changes, Delivery, LogRow, SubRef } from "./attribution";
import { SubjectTree } from "./subject-tree";
import { KeptMessages } from "./kept-messages";
import { RecentRows } from "./recent-rows";
import type { KeptLimits } from "./kept-messages";
import { textPreview } from "./payload-glance";
import { hexHead } from "../../../ui/inspector/payload";

// Where deliveries become what the panel shows: counts, attributed log rows,
// the subject tree. It takes every delivery, whatever the panel shows, so
// counts never depend on rendering. Everything it keeps is bounded.

export const TREE_NODES = 2000;

/** What a subscription callback hands over: nothing decoded yet. */
export type Incoming = { sub: SubRef; m: BusMessage; at: number };

/** Everything since the last drain: deliveries per subscription key, new rows in arrival order, older rows replaced. */
export type Gathered = {
  counts: Map<string, number>;
  delivered: number;
  created: LogRow[];
  updated: Map<number, LogRow>;
  mismatches: LogRow[];
};

const gathering = () => ({ counts: new Map<string, number>(), delivered: 0, changes: [] as Changes[] });

// Text or binary is decided here, once per delivery; only a row's first delivery is kept whole (see KeptMessages).
function toDelivery({ sub, m, at }: Incoming): Delivery {
  const data = m.data;
  const text = textPreview(data);
  return {
    sub, subject: m.subject, preview: text ?? hexHead(data), binary: text === undefined, size: data.length, msgId: m.headers?.[MSG_ID_HEADER], at,
  };
}

export class Deliveries {
  /** mutable, read by the tree view; the store's `tree.rev` says when it changed */
  readonly tree = new SubjectTree(TREE_NODES);
  /** the whole messages of the newest rows, for the inspector and comparisons */
  readonly kept: KeptMessages;
  /** the newest rows as they are now, for the export */
  readonly recent: RecentRows;
  private readonly attribution: Attribution;
  private pending = gathering();
  /** deliveries taken so far */
  taken = 0;

  constructor(activeSubs: () => readonly ActiveSub[], options: { attribution?: AttributionOptions; kept?: KeptLimits; recent?: number } = {}) {
    this.attribution = new Attribution(activeSubs, options.attribution);
    this.kept = new KeptMessages(options.kept);
    this.recent = new RecentRows(options.recent);
  }

  /** Some deliveries, in server order (one slice of a flood at a time). */
  take(items: readonly Incoming[]): void {
    if (items.length === 0) return;
    const counts = this.pending.counts;
    for (const item of items) {
      counts.set(item.sub.key, (counts.get(item.sub.key) ?? 0) + 1);
      const created = this.attribution.deliver(toDelivery(item));
      if (created !== undefined) this.kept.offer(created, item.m);
    }
    this.kept.settle();
    this.pending.delivered += items.length;
    this.taken += items.length;
    // Rows close by the time their deliveries were received, not by the clock:
    // when slices lag behind the socket, a row's other deliveries (received
    // right after its first) are still waiting, and must not start a row of their own.
    this.closeStale(items[items.length - 1]!.at);
  }

  /** Closes rows whose deliveries are all in, also when no further message comes to trigger it. */
  closeStale(now: number): void {
    this.attribution.closeStale(now);
    const changes = this.attribution.drain();
    if (changes.created.length === 0 && changes.updated.size === 0) return;
    for (const row of changes.created) {
      this.tree.add(row.subject, row, row.at);
      this.recent.add(row);
    }
    for (const row of changes.updated.values()) this.recent.replace(row);
    this.pending.changes.push(changes);
  }

  openRows(): number {
    return this.attribution.openCount();
  }

  /** What was gathered since the last drain; undefined when nothing was. */
  drain(): Gathered | undefined {
    const { counts, delivered, changes } = this.pending;
    if (delivered === 0 && changes.length === 0) return undefined;
    this.pending = gathering();
    const created = changes.length === 1 ? changes[0]!.created : changes.flatMap((c) => c.created);
    const updated = new Map<number, LogRow>();
    for (const c of changes) for (const [id, row] of c.updated) updated.set(id, row);
    return { counts, delivered, created, updated, mismatches: changes.flatMap((c) => c.mismatches) };
  }
}
