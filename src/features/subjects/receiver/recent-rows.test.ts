import { describe, expect, it } from "vitest";
import type { LogRow } from "./attribution";
import { RecentRows } from "./recent-rows";

const row = (id: number, chips = 1): LogRow => ({
  id, subject: `s.${id}`, preview: String(id), binary: false, size: 1, at: id, fromPlayground: false,
  chips: Array.from({ length: chips }, (_, i) => ({ id: i, key: `k${i}`, pattern: ">", colour: i })), unexpected: [], missing: [],
});

describe("recent rows - the newest rows for the export", () => {
  it("keeps the newest `size` rows, oldest first, each as it is now", () => {
    const r = new RecentRows(3);
    for (let id = 1; id <= 5; id++) r.add(row(id));
    r.replace(row(4, 2));
    r.replace(row(1, 2)); // pushed out already: stays out
    expect(r.list().map((x) => [x.id, x.chips.length])).toEqual([[3, 1], [4, 2], [5, 1]]);
  });

  it("clear empties it; the ids go on", () => {
    const r = new RecentRows(4);
    r.add(row(1));
    r.add(row(2));
    r.clear();
    expect(r.list()).toEqual([]);
    r.add(row(3));
    expect(r.list().map((x) => x.id)).toEqual([3]);
  });

  it("100 000 rows through a ring of 10 000: the last 10 000", () => {
    const r = new RecentRows();
    for (let id = 1; id <= 100_000; id++) r.add(row(id));
    const list = r.list();
    expect(list).toHaveLength(10_000);
    expect([list[0]!.id, list.at(-1)!.id]).toEqual([90_001, 100_000]);
  });
});
