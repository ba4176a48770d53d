import { describe, expect, it } from "vitest";
import type { SavedFile } from "./download";
import { exportRows } from "./download";

const AT = new Date(2026, 11, 2, 2, 15, 3).getTime();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const text = (f: SavedFile) => f.parts.map((p) => decoder.decode(p as Uint8Array, { stream: true })).join("") + decoder.decode();

function deps() {
  const saved: SavedFile[] = [];
  let yields = 0;
  return {
    saved,
    yields: () => yields,
    deps: { now: () => AT, save: (f: SavedFile) => void saved.push(f), yieldThen: (run: () => void) => (yields++, setTimeout(run, 0)) },
  };
}

describe("export - rows to a saved file", () => {
  it("CSV: named for what and when, a BOM for spreadsheets, columns from the rows by default", async () => {
    const d = deps();
    const r = await exportRows("csv", { what: "subjects-log", rows: () => [{ subject: "fr.a", payload: "x,y" }, { subject: "fr.b", extra: 1 }] }, d.deps);
    expect(r).toEqual({ fileName: "subjects-log-2026-12-02T02-15-03.csv", rows: 2, slices: 1 });
    expect(d.saved[0]!.type).toBe("text/csv;charset=utf-8");
    expect(text(d.saved[0]!)).toBe('\uFEFFsubject,payload,extra\r\nfr.a,"x,y",\r\nfr.b,,1\r\n');
  });

  it("JSON: every field of every row, with what, when and how many", async () => {
    const d = deps();
    const rows = [{ id: 1, body: { nested: [1, 2] } }];
    const r = await exportRows("json", { what: "hotline calls", rows: async () => rows, meta: { subject: "hotline" } }, d.deps);
    expect(r.fileName).toBe("hotline-calls-2026-12-02T02-15-03.json");
    expect(d.saved[0]!.type).toBe("application/json");
    expect(JSON.parse(text(d.saved[0]!))).toEqual({
      what: "hotline calls",
      exportedAt: new Date(AT).toISOString(),
      count: 1,
      subject: "hotline",
      items: rows,
    });
  });

  it("10 000 rows: saved once, after several slices", async () => {
    const d = deps();
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ i, s: `m ${i}` }));
    const r = await exportRows("csv", { what: "log", rows: () => rows, columns: [{ header: "i", value: (x) => x.i }] }, d.deps);
    expect(r.slices).toBe(10);
    expect(d.yields()).toBeGreaterThanOrEqual(9);
    expect(d.saved).toHaveLength(1);
    expect(text(d.saved[0]!).split("\r\n")).toHaveLength(10_002);
  });

  it("a failure while reading the rows saves nothing and rejects", async () => {
    const d = deps();
    await expect(exportRows("json", { what: "x", rows: () => Promise.reject(new Error("store gone")) }, d.deps)).rejects.toThrow("store gone");
    expect(d.saved).toHaveLength(0);
  });
});
