import { afterEach, describe, expect, it, vi } from "vitest";
import { counterEn } from "./counter-text";
import counterFr from "./counter-text.fr";
import { inspectorEn } from "../../ui/inspector/inspector-text";
import { formatFor } from "../../i18n/format";
import { subjectEn } from "../../subjects/subject-text";
import { busEn } from "../../nats/bus-text";
import { counterIn } from "./counter-test-harness";
import { readBytes } from "./counter-payload";
import { inspectLabel, readingText } from "./counter-words";

const enc = new TextEncoder();
type Headers = [string, string][];

const english = { t: counterEn, subject: subjectEn, bus: busEn };

describe("counter values (what a row shows)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("value - a number is read without a TextDecoder call; a long text is cut; bytes that are not UTF-8 are binary", () => {
    const decode = vi.spyOn(TextDecoder.prototype, "decode");
    expect(readBytes(enc.encode("42"))).toEqual({ kind: "number", value: 42 });
    expect(decode).not.toHaveBeenCalled();
    expect(readBytes(enc.encode("été"))).toEqual({ kind: "not-a-number", raw: "été" });
    const long = readBytes(enc.encode("x".repeat(512 * 1024)));
    expect(long).toEqual({ kind: "not-a-number", raw: `${"x".repeat(80)}…`, length: 512 * 1024 });
    const bin = readBytes(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(bin).toEqual({ kind: "not-a-number", raw: "", binary: { size: 256, preview: "00 01 02 03 04 05 06 07 …" } });
    expect(readingText(bin, inspectorEn, formatFor("en"))).toBe("256 bytes (binary): 00 01 02 03 04 05 06 07 …");
  });

  it("value - the Inspect button is named by the value, cut short, in either language", () => {
    const f = formatFor("en");
    expect(inspectLabel({ kind: "number", value: 4 }, english, inspectorEn, f)).toBe("Inspect value 4");
    expect(inspectLabel({ kind: "not-a-number", raw: "hello" }, english, inspectorEn, f)).toBe('Inspect value "hello"');
    expect(inspectLabel(readBytes(enc.encode("y".repeat(100))), english, inspectorEn, f)).toBe(`Inspect value "${"y".repeat(59)}…`);
    expect(inspectLabel({ kind: "number", value: 4 }, { ...english, t: counterFr }, inspectorEn, f)).toBe("Inspecter la valeur 4");
  });
});

describe("counter inspector (controller side)", () => {
  it("inspect - a publisher's value shows its three headers; a `nats pub` value none; each its reply and the subscription", () => {
    const { counter, deliver, frame } = counterIn();
    try {
      const headers: Headers = [["Playground-Publisher", "alice"], ["Playground-Publisher-Id", "p1"], ["Playground-Step", "2"]];
      deliver("compteur", "4", { headers });
      deliver("compteur", "6\n", { reply: "_INBOX.r" });
      frame();
      // newest first
      const [fromCli, fromPub] = counter.store.getState().history;
      counter.inspect(fromPub!);
      expect(counter.store.getState().inspecting).toBe(fromPub!.id);
      expect(counter.inspection()).toEqual({
        message: { subject: "compteur", receivedAt: 5000, deliveredBy: ["compteur"], payload: enc.encode("4"), headers, reply: undefined },
      });
      counter.inspect(fromCli!);
      expect(counter.inspection()!.message).toMatchObject({ headers: [], reply: "_INBOX.r", payload: enc.encode("6\n") });
      expect(counter.inspection()!.message.payload.buffer.byteLength).toBe(2);
      counter.closeInspector();
      expect([counter.store.getState().inspecting, counter.inspection()]).toEqual([undefined, undefined]);
    } finally {
      counter.stop();
    }
  });

  it("inspect - a binary value is a 'not a number' row, inspected whole; the store holds no bytes", () => {
    const { counter, deliver, frame } = counterIn();
    try {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      deliver("compteur", all);
      frame();
      const row = counter.store.getState().history[0]!;
      expect(row.reading).toEqual({ kind: "not-a-number", raw: "", binary: { size: 256, preview: "00 01 02 03 04 05 06 07 …" } });
      expect(counter.store.getState().latest?.reading.kind).toBe("not-a-number");
      counter.inspect(row);
      expect([...counter.inspection()!.message.payload]).toEqual([...all]);
    } finally {
      counter.stop();
    }
  });

  it("inspect - the 20 values shown within 8 MB: an older one still opens, saying its payload is no longer kept", () => {
    const { counter, deliver, frame } = counterIn();
    try {
      deliver("compteur", "0");
      frame();
      const first = counter.store.getState().history[0]!;
      for (let i = 1; i <= 20; i++) deliver("compteur", String(i));
      frame();
      counter.inspect(first);
      expect(counter.inspection()!.notKept).toEqual({ kind: "not-kept", rows: 20, megabytes: 8 });
      expect(counter.inspection()!.message.payload).toHaveLength(0);
      const shown = counter.store.getState().history;
      expect(shown).toHaveLength(20);
      expect(
        shown.every((r) => {
          counter.inspect(r);
          return !counter.inspection()!.notKept;
        }),
      ).toBe(true);
      // 512 KB values: the newest 16 fit in 8 MB
      for (let i = 0; i < 20; i++) deliver("compteur", new Uint8Array(512 * 1024).fill(0x61));
      frame();
      const keptRows = counter.store.getState().history.filter((r) => {
        counter.inspect(r);
        return !counter.inspection()!.notKept;
      });
      expect(keptRows).toHaveLength(16);
      expect(keptRows[0]).toBe(counter.store.getState().history[0]);
    } finally {
      counter.stop();
    }
  });

  it("inspect - listening to another subject starts the list and what is kept afresh", () => {
    const { counter, deliver, frame } = counterIn();
    try {
      deliver("compteur", "4");
      frame();
      const old = counter.store.getState().history[0]!;
      counter.edit({ subject: "compteur.b" });
      deliver("compteur.b", "8");
      frame();
      const fresh = counter.store.getState().history[0]!;
      expect(fresh.id).not.toBe(old.id);
      counter.inspect(old);
      expect(counter.inspection()!.notKept).toBeDefined();
      counter.inspect(fresh);
      expect(counter.inspection()!.message).toMatchObject({ subject: "compteur.b", deliveredBy: ["compteur.b"], payload: enc.encode("8") });
    } finally {
      counter.stop();
    }
  });
});
