import { describe, expect, it } from "vitest";
import { fakeClient, manualHost } from "../test-doubles";
import { KEPT_BYTES, ROW_OVERHEAD } from "./kept-messages";
import { createReceiver } from "./receiver-controller";
import type { ReceiverController } from "./receiver-controller";
import { LOG_SIZE } from "./receiver-store";
import { describeComparison, describeCompareRefusal, describeNotKept, receiverEn } from "./receiver-text";
import frenchReceiver from "./receiver-text.fr";

const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

async function setup(...patterns: string[]) {
  const host = manualHost();
  const client = fakeClient();
  const receiver = createReceiver({ client, host });
  for (const v of receiver.store.getState().subs) receiver.remove(v.key);
  for (const p of patterns) {
    receiver.editPattern(p);
    receiver.subscribe();
  }
  await microtasks();
  const run = () => {
    host.clock.drainYields();
    host.clock.frame();
    host.clock.advance(1000);
  };
  return { host, client, receiver, run };
}

const rows = (r: ReceiverController) => r.store.getState().log.rows;
const en = String;
const mb = (n: number) => `${n / (1024 * 1024)} MB`;

describe("subjects receiver - inspect", () => {
  it("inspect - a foreign message reaching two patterns: one row, its first delivery's bytes, every header (repeated names kept), its reply", async () => {
    const { client, receiver, run } = await setup("fr.x.>", "fr.*.json");
    const headerList = [["X-Trace", "a"], ["X-Trace", "b"], ["Content-Type", "application/json"]] as const;
    client.deliver("fr.x.json", '{"city":"colmar"}', { reply: "fr.x.replies", headerList });
    run();
    expect(rows(receiver)).toHaveLength(1);
    const row = rows(receiver)[0]!;
    expect(row.chips.map((c) => c.pattern)).toEqual(["fr.x.>", "fr.*.json"]);
    const found = receiver.inspect(row);
    expect("kept" in found).toBe(true);
    if (!("kept" in found)) return;
    expect(new TextDecoder().decode(found.kept.payload)).toBe('{"city":"colmar"}');
    expect(found.kept.headers).toEqual(headerList);
    expect(found.kept.reply).toBe("fr.x.replies");
    receiver.stop();
  });

  it("inspect - a binary payload is decided once, at ingest: the row and the tree say its size and first bytes, the inspector gets every byte", async () => {
    const { client, receiver, run } = await setup("fr.>");
    const all = new Uint8Array(256).map((_, i) => i);
    client.deliver("fr.bin", all);
    client.deliver("fr.text", "plain");
    run();
    const [text, bin] = rows(receiver);
    expect(bin).toMatchObject({ subject: "fr.bin", binary: true, preview: "00 01 02 03 04 05 06 07 …", size: 256 });
    expect(text).toMatchObject({ binary: false, preview: "plain" });
    expect(receiver.tree.root.children.get("fr")!.children.get("bin")!.last).toMatchObject({ binary: true, size: 256 });
    const found = receiver.inspect(bin!);
    expect("kept" in found && [...found.kept.payload]).toEqual([...all]);
    receiver.stop();
  });

  it("inspect - the budget: the newest rows' messages within 8 MB; an older row opens saying its payload is no longer kept", async () => {
    const { client, receiver, run } = await setup("fr.>");
    const big = new Uint8Array(1024 * 1024).fill(0x61);
    for (let i = 0; i < 12; i++) client.deliver(`fr.big.${i}`, big);
    run();
    const log = rows(receiver); // newest first
    expect(log).toHaveLength(12);
    const kept = log.filter((r) => "kept" in receiver.inspect(r));
    // 1 MB + the overhead each: seven fit in 8 MB
    expect(kept.map((r) => r.subject)).toEqual([11, 10, 9, 8, 7, 6, 5].map((i) => `fr.big.${i}`));
    expect(receiver.keptCost()).toEqual({ rows: 7, bytes: 7 * (1024 * 1024 + ROW_OVERHEAD) });
    const old = receiver.inspect(log.at(-1)!);
    expect(old).toEqual({ notKept: { kind: "dropped", rows: LOG_SIZE, bytes: KEPT_BYTES } });
    if (!("notKept" in old)) return;
    expect(describeNotKept(old.notKept, en, mb)).toBe(
      "This message's payload and headers are no longer kept: the panel keeps those of its newest 500 messages, within 8 MB.",
    );
    expect(describeNotKept(old.notKept, en, (n) => `${n / (1024 * 1024)} Mo`, frenchReceiver)).toBe(
      "Les données et les en-têtes de ce message ne sont plus gardés : le panneau garde ceux de ses 500 messages les plus récents, dans la limite de 8 Mo.",
    );
    receiver.stop();
  });

  it("inspect - a 100 000-message flood of short payloads: counts exact, the kept messages are the log's newest 500 and cost about 150 KB", async () => {
    const { host, client, receiver } = await setup("fr.>");
    const N = 100_000;
    for (let start = 0; start < N; start += 5000) {
      for (let i = start; i < start + 5000; i++) client.deliver(`fr.flood.c${i}`, String(i));
      host.clock.advance(16);
      host.clock.drainYields();
      host.clock.frame();
    }
    host.clock.advance(1000);
    const s = receiver.store.getState();
    expect(s.messages).toBe(N);
    expect(s.log.rows).toHaveLength(LOG_SIZE);
    expect(s.log.rows.every((r) => "kept" in receiver.inspect(r))).toBe(true);
    const cost = receiver.keptCost();
    expect(cost.rows).toBe(LOG_SIZE);
    // payloads of 5 bytes ("99999"): the estimate is almost all overhead
    expect(cost.bytes).toBe(LOG_SIZE * (5 + ROW_OVERHEAD));
    receiver.stop();
  });

  it("inspect - each row's buttons are named apart, even when rows share a subject and a millisecond: the message's number", () => {
    const row = { subject: "fr.x", time: "09:05:03.042", number: 12000 };
    expect(receiverEn.log.inspectFor(row, String)).toBe("Inspect fr.x (message 12000, received at 09:05:03.042)");
    expect(frenchReceiver.log.compareFor(row, (n) => n.toLocaleString("fr-FR"))).toBe("Comparer fr.x (message 12\u202f000, reçu à 09:05:03.042)");
  });

  it("inspect - clearing the log forgets the kept messages and the comparison", async () => {
    const { client, receiver, run } = await setup("fr.>");
    client.deliver("fr.a", "1");
    client.deliver("fr.a", "2");
    run();
    receiver.toggleCompare(rows(receiver)[0]!);
    receiver.clearSeen();
    expect(receiver.keptCost()).toEqual({ rows: 0, bytes: 0 });
    expect(receiver.store.getState().compare).toEqual({ picked: [] });
    receiver.stop();
  });
});

describe("subjects receiver - compare", () => {
  it("compare - two JSON messages of one subject: pretty-printed, the changed line removed then added, the rest unchanged", async () => {
    const { client, receiver, run } = await setup("fr.>");
    client.deliver("fr.cmp", '{"city":"colmar","temp":20}');
    client.deliver("fr.cmp", '{"city":"colmar","temp":21}');
    client.deliver("fr.other", '{"city":"colmar","temp":21}');
    run();
    const [other, newer, older] = rows(receiver);
    receiver.toggleCompare(newer!);
    expect(receiver.store.getState().compare.picked.map((p) => p.id)).toEqual([newer!.id]);
    receiver.toggleCompare(older!);
    const { picked, result } = receiver.store.getState().compare;
    // the older one first, whatever the order of the picks
    expect(picked.map((p) => p.id)).toEqual([older!.id, newer!.id]);
    expect(result).toEqual({
      kind: "diff", as: "json", added: 1, removed: 1,
      lines: [
        { kind: "same", text: "{" },
        { kind: "same", text: '  "city": "colmar",' },
        { kind: "removed", text: '  "temp": 20' },
        { kind: "added", text: '  "temp": 21' },
        { kind: "same", text: "}" },
      ],
    });
    expect(describeComparison(result!, en, String)).toBe("1 line removed, 1 added. Both are JSON: compared pretty-printed.");
    expect(describeComparison(result!, en, String, frenchReceiver)).toBe("1 ligne retirée, 1 ajoutée. Les deux sont du JSON : comparés mis en forme.");

    // another subject is refused with the reason; the comparison stays
    receiver.toggleCompare(other!);
    const refused = receiver.store.getState().compare;
    expect(refused.refusal).toEqual({ kind: "other-subject", subject: "fr.other", picked: "fr.cmp" });
    expect(refused.picked).toHaveLength(2);
    expect(refused.result).toEqual(result);
    expect(describeCompareRefusal(refused.refusal!)).toBe(
      "fr.other was not picked: only messages of one subject are compared, and fr.cmp is picked. Unpick it first.",
    );
    // unpicking one leaves one picked and no result
    receiver.toggleCompare(older!);
    expect(receiver.store.getState().compare).toEqual({ picked: [{ id: newer!.id, subject: "fr.cmp", at: newer!.at }] });
    receiver.clearCompare();
    expect(receiver.store.getState().compare).toEqual({ picked: [] });
    receiver.stop();
  });

  it("compare - text when one is not JSON; a binary payload or one no longer kept is said, not diffed", async () => {
    const { client, receiver, run } = await setup("fr.>");
    client.deliver("fr.t", "a\nb");
    client.deliver("fr.t", '{"a":1}');
    client.deliver("fr.t", new Uint8Array([0xff]));
    run();
    const [bin, json, text] = rows(receiver);
    receiver.toggleCompare(text!);
    receiver.toggleCompare(json!);
    expect(receiver.store.getState().compare.result).toMatchObject({ kind: "diff", as: "text", added: 1, removed: 2 });
    receiver.clearCompare();
    receiver.toggleCompare(json!);
    receiver.toggleCompare(bin!);
    expect(receiver.store.getState().compare.result).toEqual({ kind: "binary", at: bin!.at });
    receiver.stop();
  });
});
