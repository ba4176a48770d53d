import { describe, expect, it } from "vitest";
import { busEn } from "../../nats/bus-text";
import { subjectEn } from "../../subjects/subject-text";
import { toCsv } from "../../ui/export/csv";
import { exportRows } from "../../ui/export/download";
import type { SavedFile } from "../../ui/export/download";
import { exportedValues, VALUE_CSV_COLUMNS } from "./counter-export";
import { counterIn } from "./counter-test-harness";
import { counterEn } from "./counter-text";
import counterFr from "./counter-text.fr";

const english = { t: counterEn, subject: subjectEn, bus: busEn };
const alice: [string, string][] = [["Playground-Publisher", "alice"], ["Playground-Publisher-Id", "p1"], ["Playground-Step", "2"]];
const TEXT = 'a, "quoted"\nline';

describe("counter values over time (controller) and their export", () => {
  it("timeline - the chart's values change once per frame, and start afresh with a new subject", () => {
    const { counter, deliver, frame } = counterIn();
    try {
      const before = counter.timeline();
      deliver("compteur", "0", { headers: alice });
      deliver("compteur", "2", { headers: alice });
      expect(counter.timeline()).toBe(before);
      frame();
      const after = counter.timeline();
      expect(after.revision).toBe(before.revision + 1);
      expect(after.publishers.map((p) => [p.key, p.name, p.values.length])).toEqual([["p1", "alice", 2]]);
      // the same object while nothing changes
      expect(counter.timeline()).toBe(after);
      // a publisher's headers are one array, not one per value
      expect(after.publishers[0]!.values[0]!.headers).toBe(after.publishers[0]!.values[1]!.headers);
      counter.edit({ subject: "compteur.b" });
      expect(counter.timeline().publishers).toEqual([]);
    } finally {
      counter.stop();
    }
  });

  it("export - per publisher, oldest first: value, publisher, time, the panel's note, headers; a text payload whole", () => {
    const { counter, deliver, frame } = counterIn();
    try {
      deliver("compteur", "0", { headers: alice });
      deliver("compteur", "4", { headers: alice });
      deliver("compteur", TEXT);
      deliver("compteur", "6", { headers: alice });
      deliver("compteur", Uint8Array.of(0xff, 0xfe, 1));
      frame();
      const rows = exportedValues(counter.exportSource(), english);
      expect(rows.map((r) => [r.n, r.publisher, r.value, r.payload, r.note])).toEqual([
        [1, "alice", 0, "0", null],
        [2, "alice", 4, "4", "missed 1 value (0 → 4)"],
        [4, "alice", 6, "6", null],
        [3, "unknown", null, TEXT, "not a number: the payload is shown as text"],
        [5, "unknown", null, "//4B", "not a number: the payload is bytes, not UTF-8 text"],
      ]);
      expect(rows[0]).toEqual({
        n: 1,
        receivedAt: new Date(5000).toISOString(),
        subject: "compteur",
        publisher: "alice",
        publisherId: "p1",
        value: 0,
        payload: "0",
        encoding: "utf-8",
        complete: true,
        note: null,
        continuity: null,
        headers: alice,
      });
      expect(rows[1]!.continuity).toEqual({ kind: "gap", missed: 1, from: 0, to: 4 });
      expect(rows[4]).toMatchObject({ encoding: "base64", complete: true, headers: [] });
      expect(exportedValues(counter.exportSource(), { ...english, t: counterFr })[1]!.note).toBe("1 valeur manquée (0 → 4)");

      const csv = toCsv(VALUE_CSV_COLUMNS, rows);
      const lines = csv.split("\r\n");
      expect(lines[0]).toBe("n,received_at,subject,publisher,publisher_id,value,payload,encoding,complete,note,headers");
      expect(lines[1]).toBe(`1,${new Date(5000).toISOString()},compteur,alice,p1,0,0,utf-8,true,,"Playground-Publisher: alice\nPlayground-Publisher-Id: p1\nPlayground-Step: 2"`);
      expect(csv).toContain(`3,${new Date(5000).toISOString()},compteur,unknown,unknown,,"a, ""quoted""\nline",utf-8,true,not a number: the payload is shown as text,\r\n`);
    } finally {
      counter.stop();
    }
  });

  it("export - a value no longer kept keeps what the row shows; the last 5 minutes only", () => {
    const { counter, deliver, frame, scheduler } = counterIn();
    try {
      deliver("compteur", "1");
      frame();
      scheduler.advance(4 * 60_000);
      deliver("compteur", "x".repeat(200));
      for (let i = 0; i < 25; i++) deliver("compteur", String(i + 2));
      frame();
      const rows = exportedValues(counter.exportSource(), english);
      expect(rows).toHaveLength(27);
      // past the inspector's 20 kept values: the row's text, cut, and said so
      expect(rows[1]).toMatchObject({ payload: "x".repeat(80), complete: false });
      scheduler.advance(2 * 60_000);
      expect(exportedValues(counter.exportSource(), english)).toHaveLength(26);
    } finally {
      counter.stop();
    }
  });

  it("export - the JSON file is complete and parses; 10 000 values in slices", async () => {
    const { counter, deliver, frame } = counterIn({ timeline: { windowMs: 300_000, perPublisher: 10_000, publishers: 8 } });
    try {
      for (let i = 0; i < 10_000; i++) deliver("compteur", String(2 * i), { headers: alice });
      frame();
      let saved: SavedFile | undefined;
      const r = await exportRows(
        "json",
        { what: "counter-values-compteur", rows: () => exportedValues(counter.exportSource(), english), meta: { subject: "compteur" } },
        { save: (f) => (saved = f), yieldThen: (run) => run(), now: () => 0 },
      );
      expect(r.rows).toBe(10_000);
      expect(r.slices).toBe(10);
      const text = new TextDecoder().decode(await new Blob(saved!.parts).arrayBuffer());
      const json = JSON.parse(text) as { count: number; subject: string; items: { value: number; headers: string[][] }[] };
      expect(json.count).toBe(10_000);
      expect(json.subject).toBe("compteur");
      expect(json.items[9_999]).toMatchObject({ value: 19_998, headers: alice });
    } finally {
      counter.stop();
    }
  });
});
