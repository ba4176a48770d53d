import { matches } from "../../../subjects/subject-match";

// Turns NATS deliveries into log rows: a message matched by k of this tab's
// subscriptions arrives k times (one MSG per subscription); it becomes one row with one
// chip per subscription that actually delivered it. The server decides the
// chips; the local matcher only cross-checks them.

/**
 * One subscription as it was when it delivered. `id` is given by the controller
 * when it subscribes (the server's sid is not known before the first connection);
 * a resumed pattern is a new subscription with a new id, under the same `key`.
 */
export type SubRef = { id: number; key: string; pattern: string; colour: number };

export type Delivery = {
  sub: SubRef;
  subject: string;
  /** payload as text, already cut to a preview length; for a binary payload, its first bytes in hex */
  preview: string;
  /** not valid UTF-8 */
  binary: boolean;
  size: number;
  msgId?: string;
  at: number;
};

export type LogRow = {
  /** 1 for the first message this tab received, and so on (the count goes on when the log is cleared) */
  id: number;
  subject: string;
  preview: string;
  /** not valid UTF-8: `preview` is the hex of its first bytes */
  binary: boolean;
  size: number;
  at: number;
  /** published by a playground tab (it carries our message id) */
  fromPlayground: boolean;
  chips: readonly SubRef[];
  /** delivered by a subscription whose pattern does not match, says the local matcher */
  unexpected: readonly string[];
  /** active, matching patterns that did not deliver it (known once the row is closed) */
  missing: readonly string[];
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

// Kept lean: a flood creates one per message. `created` is the row's index in
// the pending changes while `generation` is current.
type Open = { row: LogRow; ids: number[]; group: Group; created: number; generation: number };

// Rows that identical deliveries may belong to, oldest first. A subscription
// always delivers to the oldest row it has not delivered yet, so the rows it
// has delivered are a prefix of the group: `next` holds, as [id, index, id,
// index…], where each subscription is up to (a handful: an array beats a Map).
type Group = { key: string; rows: Open[]; head: number; next: number[] };

export type Changes = { created: LogRow[]; updated: Map<number, LogRow>; mismatches: LogRow[] };

export class Attribution {
  private groups = new Map<string, Group>();
  private queue: Open[] = [];
  private head = 0;
  private nextId = 1;
  private changes: Changes = freshChanges();
  private generation = 0;

  constructor(
    private readonly activeSubs: () => readonly ActiveSub[],
    private readonly options: AttributionOptions = DEFAULT_ATTRIBUTION,
  ) {}

  /** Returns the new row's id when this delivery starts a row (its first delivery). */
  deliver(d: Delivery): number | undefined {
    // Own messages carry an id; a foreign one is grouped with identical ones
    // (same subject and payload) that this subscription has not delivered yet, in
    // server order — so the same message published twice still makes two rows.
    const key = d.msgId !== undefined ? `id\u0000${d.msgId}` : `${d.binary ? "b" : "m"}\u0000${d.subject}\u0000${d.size}\u0000${d.preview}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, rows: [], head: 0, next: [] };
      this.groups.set(key, group);
    }
    const at = advance(group, d.sub.id);
    let open = group.rows[at];
    let created: number | undefined;
    if (open) {
      open.ids.push(d.sub.id);
      this.replace(open, { ...open.row, chips: [...open.row.chips, d.sub] });
    } else {
      open = this.create(d, group);
      created = open.row.id;
    }
    if (!matches(d.sub.pattern, d.subject)) {
      this.replace(open, { ...open.row, unexpected: [...open.row.unexpected, d.sub.pattern] });
      this.changes.mismatches.push(open.row);
    }
    while (this.queue.length - this.head > this.options.openRows) this.close(this.queue[this.head++]!);
    this.compact();
    return created;
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
    this.generation++;
    return out;
  }

  private create(d: Delivery, group: Group): Open {
    const row: LogRow = {
      id: this.nextId++,
      subject: d.subject,
      preview: d.preview,
      binary: d.binary,
      size: d.size,
      at: d.at,
      fromPlayground: d.msgId !== undefined,
      chips: [d.sub],
      unexpected: NONE,
      missing: NONE,
    };
    const open: Open = { row, ids: [d.sub.id], group, created: this.changes.created.length, generation: this.generation };
    group.rows.push(open);
    this.queue.push(open);
    this.changes.created.push(row);
    return open;
  }

  private replace(open: Open, row: LogRow) {
    open.row = row;
    if (open.generation === this.generation) this.changes.created[open.created] = row;
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
      for (let i = 1; i < group.next.length; i += 2) group.next[i] = Math.max(0, group.next[i]! - group.head);
      group.head = 0;
    }
    const missing = missingPatterns(open.row, open.ids, this.activeSubs(), this.options.graceMs);
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

/** Where this subscription delivers in the group: the oldest row it has not delivered yet. */
function advance(group: Group, id: number): number {
  const next = group.next;
  for (let i = 0; i < next.length; i += 2) {
    if (next[i] === id) {
      const at = Math.max(next[i + 1]!, group.head);
      next[i + 1] = at + 1;
      return at;
    }
  }
  next.push(id, group.head + 1);
  return group.head;
}

const NONE: readonly string[] = Object.freeze([]);

const freshChanges = (): Changes => ({ created: [], updated: new Map(), mismatches: [] });

// Patterns of this tab that the local matcher says should have received the
// row but did not. Only subscriptions confirmed by the server well before the
// message count: one subscribed mid-flight may rightly have missed it, and a
// paused or removed one is not in `active` at all. Runs for every row of a
// flood, hence the plain loop.
export function missingPatterns(row: LogRow, delivered: readonly number[], active: readonly ActiveSub[], graceMs: number): readonly string[] {
  let missing: string[] | undefined;
  for (const a of active) {
    if (delivered.includes(a.sub.id) || a.since > row.at - graceMs || !matches(a.sub.pattern, row.subject)) continue;
    (missing ??= []).push(a.sub.pattern);
  }
  return missing ?? NONE;
}
