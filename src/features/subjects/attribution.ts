import { matches } from "../../subjects/subject-match";

// Turns NATS deliveries into log rows: a message matched by k of this tab's
// subscriptions arrives k times (one MSG per sid); it becomes one row with one
// chip per subscription that actually delivered it. The server decides the
// chips; the local matcher only cross-checks them.

/** Header this app puts on what it publishes, so deliveries of one publish group exactly. */
export const MSG_ID_HEADER = "Playground-Msg-Id";

/** One subscription as it was when it delivered (a resumed pattern gets a new sid). */
export type SubRef = { key: string; pattern: string; colour: number; sid: number };

export type Delivery = {
  sub: SubRef;
  subject: string;
  /** payload as text, already cut to a preview length */
  preview: string;
  size: number;
  msgId?: string;
  at: number;
};

export type LogRow = {
  id: number;
  subject: string;
  preview: string;
  size: number;
  at: number;
  /** published by a playground tab (it carries our message id) */
  fromPlayground: boolean;
  chips: SubRef[];
  /** delivered by a subscription whose pattern does not match, says the local matcher */
  unexpected: string[];
  /** active, matching patterns that did not deliver it (known once the row is closed) */
  missing: string[];
};

/** A subscription that can be expected to deliver: subscribed (server confirmed) since `since`. */
export type ActiveSub = { sub: SubRef; since: number };

export type AttributionOptions = {
  /** rows still accepting deliveries, newest; older ones are closed */
  openRows: number;
  /** a row closes this long after its first delivery */
  openMs: number;
  /** a subscription counts as expected only if active this long before the message */
  graceMs: number;
};

export const DEFAULT_ATTRIBUTION: AttributionOptions = { openRows: 1024, openMs: 500, graceMs: 250 };

type Open = { row: LogRow; sids: Set<number>; group: Group };

// Rows that identical deliveries may belong to, oldest first. A sid always
// delivers to the oldest row it has not delivered yet, so the rows a sid has
// delivered are a prefix of the group: `next` holds where each sid is up to.
type Group = { key: string; rows: Open[]; head: number; next: Map<number, number> };

export type Changes = { created: LogRow[]; updated: Map<number, LogRow>; mismatches: LogRow[] };

export class Attribution {
  private groups = new Map<string, Group>();
  private queue: Open[] = [];
  private head = 0;
  private nextId = 1;
  private changes: Changes = freshChanges();
  private createdIndex = new Map<number, number>();

  constructor(
    private readonly activeSubs: () => readonly ActiveSub[],
    private readonly options: AttributionOptions = DEFAULT_ATTRIBUTION,
  ) {}

  deliver(d: Delivery): void {
    // Own messages carry an id; a foreign one is grouped with identical ones
    // (same subject and payload) that this sid has not delivered yet, in
    // server order — so the same message published twice still makes two rows.
    const key = d.msgId !== undefined ? `id\u0000${d.msgId}` : `m\u0000${d.subject}\u0000${d.size}\u0000${d.preview}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, rows: [], head: 0, next: new Map() };
      this.groups.set(key, group);
    }
    const at = Math.max(group.next.get(d.sub.sid) ?? 0, group.head);
    group.next.set(d.sub.sid, at + 1);
    let open = group.rows[at];
    if (open) {
      open.sids.add(d.sub.sid);
      this.replace(open, { ...open.row, chips: [...open.row.chips, d.sub] });
    } else {
      open = this.create(d, group);
    }
    if (!matches(d.sub.pattern, d.subject)) {
      this.replace(open, { ...open.row, unexpected: [...open.row.unexpected, d.sub.pattern] });
      this.changes.mismatches.push(open.row);
    }
    while (this.queue.length - this.head > this.options.openRows) this.close(this.queue[this.head++]!);
    this.compact();
  }

  /** Closes rows whose deliveries are all in (openMs after their first one). */
  closeStale(now: number): void {
    while (this.head < this.queue.length && now - this.queue[this.head]!.row.at >= this.options.openMs) {
      this.close(this.queue[this.head++]!);
    }
    this.compact();
  }

  openCount(): number {
    return this.queue.length - this.head;
  }

  /** What changed since the last call: new rows in arrival order, replaced older rows by id. */
  drain(): Changes {
    const out = this.changes;
    this.changes = freshChanges();
    this.createdIndex.clear();
    return out;
  }

  private create(d: Delivery, group: Group): Open {
    const row: LogRow = {
      id: this.nextId++,
      subject: d.subject,
      preview: d.preview,
      size: d.size,
      at: d.at,
      fromPlayground: d.msgId !== undefined,
      chips: [d.sub],
      unexpected: [],
      missing: [],
    };
    const open: Open = { row, sids: new Set([d.sub.sid]), group };
    group.rows.push(open);
    this.queue.push(open);
    this.createdIndex.set(row.id, this.changes.created.length);
    this.changes.created.push(row);
    return open;
  }

  private replace(open: Open, row: LogRow) {
    open.row = row;
    const i = this.createdIndex.get(row.id);
    if (i !== undefined) this.changes.created[i] = row;
    else this.changes.updated.set(row.id, row);
  }

  // Rows close oldest first, so the closing row is always its group's first.
  private close(open: Open) {
    const group = open.group;
    group.head++;
    if (group.head >= group.rows.length) {
      this.groups.delete(group.key);
    } else if (group.head > 32 && group.head * 2 > group.rows.length) {
      group.rows = group.rows.slice(group.head);
      for (const [sid, at] of group.next) group.next.set(sid, Math.max(0, at - group.head));
      group.head = 0;
    }
    const missing = missingPatterns(open.row, open.sids, this.activeSubs(), this.options.graceMs);
    if (missing.length > 0) {
      this.replace(open, { ...open.row, missing });
      this.changes.mismatches.push(open.row);
    }
  }

  private compact() {
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}

const freshChanges = (): Changes => ({ created: [], updated: new Map(), mismatches: [] });

// Patterns of this tab that the local matcher says should have received the
// row but did not. Only subscriptions confirmed by the server well before the
// message count: one subscribed mid-flight may rightly have missed it, and a
// paused or removed one is not in `active` at all.
export function missingPatterns(row: LogRow, delivered: ReadonlySet<number>, active: readonly ActiveSub[], graceMs: number): string[] {
  return active
    .filter((a) => a.since <= row.at - graceMs && !delivered.has(a.sub.sid) && matches(a.sub.pattern, row.subject))
    .map((a) => a.sub.pattern);
}
