import type { LogRow } from "./attribution";

/** Rows the export holds: the log shows 100 and keeps 500; a record of a class's session needs more. */
export const EXPORT_ROWS = 10_000;

// The newest log rows, as they are now (a row gains chips after it is made),
// for the export: a ring indexed by the row's id (ids only grow, one per
// message), so keeping a row or replacing it is one array store. Bounded:
// 10 000 rows of a flood measured 1.4 MB (V8), a few MB with 200-character
// previews; whole payloads stay in KeptMessages.
export class RecentRows {
  private readonly slots: (LogRow | undefined)[];
  /** the newest id kept, and the first id kept since the last clear */
  private newest = 0;
  private first = 1;

  constructor(readonly size = EXPORT_ROWS) {
    this.slots = new Array<LogRow | undefined>(size);
  }

  add(row: LogRow): void {
    this.slots[row.id % this.size] = row;
    if (row.id > this.newest) this.newest = row.id;
  }

  /** A newer version of a row already kept (a row pushed out stays out). */
  replace(row: LogRow): void {
    const i = row.id % this.size;
    if (this.slots[i]?.id === row.id) this.slots[i] = row;
  }

  /** Oldest first. */
  list(): LogRow[] {
    const out: LogRow[] = [];
    for (let id = Math.max(this.first, this.newest - this.size + 1); id <= this.newest; id++) {
      const row = this.slots[id % this.size];
      if (row?.id === id) out.push(row);
    }
    return out;
  }

  clear(): void {
    this.slots.fill(undefined);
    this.first = this.newest + 1;
  }
}
