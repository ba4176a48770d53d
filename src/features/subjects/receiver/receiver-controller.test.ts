import { describe, expect, it } from "vitest";
import { fakeClient, manualHost } from "../test-doubles";
import type { FakeClient } from "../test-doubles";
import { TREE_NODES } from "./deliveries";
import { createReceiver } from "./receiver-controller";
import type { ReceiverController } from "./receiver-controller";
import { DEFAULT_PATTERNS, LOG_SIZE } from "./receiver-store";
import { describeMismatch, describePatternProblem } from "./receiver-text";
import frenchReceiver from "./receiver-text.fr";

const [COLMAR, GRAND_EST] = DEFAULT_PATTERNS;

/** lets promise callbacks run (a subscription's ready()) */
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function setup(options: { connected?: boolean } = {}) {
  const host = manualHost();
  const client = fakeClient(options);
  const receiver = createReceiver({ client, host });
  /** what the event loop would do next: slices, then a frame */
  const run = () => {
    host.clock.drainYields();
    host.clock.frame();
  };
  return { host, client, receiver, run };
}

const keyOf = (r: ReceiverController, pattern: string) => r.store.getState().subs.find((s) => s.pattern === pattern)!.key;
const states = (r: ReceiverController) => r.store.getState().subs.map((s) => s.state);

async function only(r: ReceiverController, ...patterns: string[]) {
  for (const v of r.store.getState().subs) r.remove(v.key);
  for (const p of patterns) {
    r.editPattern(p);
    r.subscribe();
  }
  await microtasks();
  expect(states(r).every((s) => s === "active")).toBe(true);
}

function deliverMany(client: FakeClient, from: number, to: number, subject = (i: number) => `fr.x.c${i}`) {
  for (let i = from; i < to; i++) client.deliver(subject(i), String(i), { msgId: `tab.${i}` });
}

describe("subjects receiver", () => {
  it("receiver - counts stay exact and everything kept stays bounded over 200 000 messages, whatever is rendered", async () => {
    const { host, client, receiver, run } = setup();
    await only(receiver, "fr.flood.>", "fr.>");
    const N = 200_000;
    for (let start = 0; start < N; start += 5000) {
      // every message reaches both subscriptions: two deliveries, one row
      deliverMany(client, start, start + 5000, (i) => `fr.flood.c${i}`);
      host.clock.advance(16);
      run();
    }
    host.clock.advance(1000);
    run();
    const s = receiver.store.getState();
    expect(s.messages).toBe(N);
    expect(s.counts).toEqual({ [keyOf(receiver, "fr.flood.>")]: N, [keyOf(receiver, "fr.>")]: N });
    expect(s.deliveries).toBe(2 * N);
    expect(s.log.rows).toHaveLength(LOG_SIZE);
    expect(s.log.rows[0]!.subject).toBe(`fr.flood.c${N - 1}`);
    expect(s.log.rows.every((r) => r.chips.length === 2)).toBe(true);
    expect(receiver.tree.size).toBe(TREE_NODES);
    expect(s.tree.nodes).toBe(TREE_NODES);
    expect(receiver.tree.root.count).toBe(N);
    expect(receiver.tree.root.children.get("fr")!.children.get("flood")!.other).toBe(N - (TREE_NODES - 2));
    expect(s.mismatch.count).toBe(0);
    receiver.stop();
  });

  it("receiver - counts reach the store every frame; the log at most every 150 ms, every 500 ms while a flood replaces every shown row", async () => {
    const { host, client, receiver, run } = setup();
    await only(receiver, "fr.>");
    const rows = () => receiver.store.getState().log.rows.length;
    const count = () => receiver.store.getState().messages;

    deliverMany(client, 0, 1);
    run();
    expect([count(), rows()]).toEqual([1, 1]); // a quiet change shows at once
    host.clock.advance(50);
    deliverMany(client, 1, 2);
    run();
    expect([count(), rows()]).toEqual([2, 1]);
    host.clock.advance(100);
    expect(rows()).toBe(2);

    host.clock.advance(1000);
    deliverMany(client, 2, 152);
    run();
    expect([count(), rows()]).toEqual([152, 152]);
    deliverMany(client, 152, 302);
    run();
    const treeBefore = receiver.store.getState().tree.rev;
    expect([count(), rows()]).toEqual([302, 152]);
    host.clock.advance(150);
    // the tree keeps its pace, the flooded log waits
    expect(receiver.store.getState().tree.rev).toBeGreaterThan(treeBefore);
    expect(rows()).toBe(152);
    host.clock.advance(350);
    expect(rows()).toBe(302);
    expect(receiver.store.getState().log.messages).toBe(302);
    receiver.stop();
  });

  it("receiver - subscriptions made before the first connection wait, then subscribe; each is told apart without a server sid", async () => {
    const { client, receiver, run } = setup({ connected: false });
    expect(states(receiver)).toEqual(["waiting", "waiting", "waiting"]);
    client.connect();
    expect(states(receiver)).toEqual(["subscribing", "subscribing", "subscribing"]);
    await microtasks();
    expect(states(receiver)).toEqual(["active", "active", "active"]);

    client.deliver("fr.grand_est.67.colmar", "hi", { msgId: "m1" });
    run();
    const s = receiver.store.getState();
    expect(s.log.rows).toHaveLength(1);
    expect(s.log.rows[0]!.chips.map((c) => c.pattern)).toEqual([COLMAR, GRAND_EST]);
    expect(s.counts).toEqual({ [keyOf(receiver, COLMAR)]: 1, [keyOf(receiver, GRAND_EST)]: 1 });
    expect(s.mismatch.count).toBe(0);
    receiver.stop();
  });

  it("receiver - after a reconnect, a message only some subscriptions got is no mismatch; before it, it is", async () => {
    const { host, client, receiver, run } = setup();
    await microtasks();
    host.clock.advance(1000);
    client.deliver("fr.grand_est.67.colmar", "1", { msgId: "m1", only: [GRAND_EST] });
    run();
    host.clock.advance(600);
    const { mismatch } = receiver.store.getState();
    expect(mismatch).toEqual({ count: 1, last: { subject: "fr.grand_est.67.colmar", unexpected: [], missing: [COLMAR] } });
    expect(describeMismatch(mismatch.last!).text).toBe(
      `'${COLMAR}' matches 'fr.grand_est.67.colmar' says the local matcher, but its subscription did not receive it`,
    );
    expect(describeMismatch(mismatch.last!, frenchReceiver).text).toBe(
      `selon la vérification locale, '${COLMAR}' correspond à 'fr.grand_est.67.colmar', mais son abonnement ne l'a pas reçu`,
    );

    client.emit({ type: "reconnected" });
    host.clock.advance(100);
    client.deliver("fr.grand_est.67.colmar", "2", { msgId: "m2", only: [GRAND_EST] });
    run();
    host.clock.advance(600);
    expect(receiver.store.getState().mismatch.count).toBe(1);
    expect(receiver.store.getState().log.rows).toHaveLength(2);
    receiver.stop();
  });

  it("receiver - pause closes the subscription and keeps the count; resume is a new subscription counted under the same pattern", async () => {
    const { host, client, receiver, run } = setup();
    await only(receiver, "fr.>");
    const key = keyOf(receiver, "fr.>");
    deliverMany(client, 0, 2);
    run();
    receiver.pause(key);
    expect(client.open()).toEqual([]);
    expect(states(receiver)).toEqual(["paused"]);
    deliverMany(client, 2, 3);
    run();
    receiver.resume(key);
    await microtasks();
    expect(client.open()).toEqual(["fr.>"]);
    expect(states(receiver)).toEqual(["active"]);
    deliverMany(client, 3, 4);
    run();
    host.clock.advance(1000);
    const s = receiver.store.getState();
    expect(s.counts[key]).toBe(3);
    expect(new Set(s.log.rows.map((r) => r.chips[0]!.id)).size).toBe(2);
    receiver.stop();
    expect(client.open()).toEqual([]);
  });

  it("receiver - the Pattern field's problems are data: the grammar's, or a pattern already listed; each language says them", () => {
    const { receiver } = setup();
    receiver.editPattern("fr.>.paris");
    receiver.subscribe();
    const grammar = receiver.store.getState().pattern;
    expect(grammar).toEqual({ text: "fr.>.paris", problem: { kind: "grammar", problem: { kind: "gt-not-last", text: "fr.>.paris" } }, notes: [] });
    expect(describePatternProblem(grammar.problem!)).toBe("fr.>.paris: '>' must be the last token (it stands for everything after it)");
    receiver.editPattern(GRAND_EST);
    receiver.subscribe();
    const duplicate = receiver.store.getState().pattern.problem!;
    expect(duplicate).toEqual({ kind: "duplicate", pattern: GRAND_EST });
    expect(describePatternProblem(duplicate)).toBe(`${GRAND_EST}: already in the list — each pattern is one subscription`);
    expect(describePatternProblem(duplicate, frenchReceiver)).toBe(`${GRAND_EST} : déjà dans la liste — chaque motif est un abonnement`);
    receiver.editPattern("fr.foo*");
    expect(receiver.store.getState().pattern).toEqual({ text: "fr.foo*", problem: undefined, notes: [{ kind: "literal-wildcard", token: "foo*" }] });
    receiver.stop();
  });

  it("receiver - clearing empties the log and the tree, counts stay", async () => {
    const { client, receiver, run } = setup();
    await only(receiver, "fr.>");
    deliverMany(client, 0, 3);
    run();
    receiver.clearSeen();
    const s = receiver.store.getState();
    expect([s.log.rows.length, s.tree.nodes, receiver.tree.size, s.messages]).toEqual([0, 0, 0, 3]);
    receiver.stop();
  });
});
