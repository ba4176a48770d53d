import { describe, expect, it } from "vitest";
import { manualHost } from "../test-doubles";
import { createActivity } from "./activity";
import type { SubRates } from "./activity";
import { SubjectTree } from "./subject-tree";

function setup() {
  const host = manualHost();
  host.clock.time = 1_000_000;
  let visible = true;
  const watchers = new Set<() => void>();
  host.visibility = { visible: () => visible, onChange: (run) => (watchers.add(run), () => watchers.delete(run)) };
  const tree = new SubjectTree();
  const ticks: { rates: SubRates; treeChanged: boolean }[] = [];
  const activity = createActivity(host, () => tree.root, { onTick: (rates, treeChanged) => ticks.push({ rates, treeChanged }) });
  const setVisible = (v: boolean) => {
    visible = v;
    watchers.forEach((w) => w());
  };
  return { host, tree, ticks, activity, setVisible };
}

describe("activity - rates per subscription and per subject, once a second", () => {
  it("a frame's counts go into their subscription's minute; shown just after the second ends", () => {
    const { host, ticks, activity } = setup();
    activity.count(new Map([["s1", 40], ["s2", 2]]));
    host.clock.advance(500);
    activity.count(new Map([["s1", 10]]));
    expect(ticks).toHaveLength(0);
    host.clock.advance(600);
    expect(ticks).toHaveLength(1);
    const { rates } = ticks[0]!;
    expect(rates.s1!.now).toBe(50);
    expect(rates.s1!.total).toBe(50);
    expect(rates.s2!.now).toBe(2);
    expect(rates.s1!.counts).toHaveLength(60);
  });

  it("ticks while anything moved in the last minute, then stops (no timer left)", () => {
    const { host, ticks, activity } = setup();
    activity.count(new Map([["s1", 1]]));
    host.clock.advance(59_000);
    const during = ticks.length;
    expect(during).toBeGreaterThanOrEqual(58);
    host.clock.advance(5_000);
    const after = ticks.length;
    expect(ticks.at(-1)!.rates.s1!.total).toBe(0);
    host.clock.advance(60_000);
    expect(ticks.length).toBe(after);
    // a new message wakes it up
    activity.count(new Map([["s1", 3]]));
    host.clock.advance(1_100);
    expect(ticks.at(-1)!.rates.s1!.now).toBe(3);
  });

  it("the subject tree's rates are sampled on the same tick", () => {
    const { host, tree, ticks, activity } = setup();
    for (let i = 0; i < 5; i++) tree.add("fr.a", { preview: "", binary: false, size: 0 }, host.now());
    activity.count(new Map([["s1", 5]]));
    host.clock.advance(1_100);
    expect(ticks[0]!.treeChanged).toBe(true);
    expect(tree.root.children.get("fr")!.rate).toBeGreaterThan(0);
  });

  it("nothing is read or shown while the page is hidden; the rates catch up when it is seen again", () => {
    const { host, ticks, activity, setVisible } = setup();
    setVisible(false);
    activity.count(new Map([["s1", 7]]));
    host.clock.advance(10_000);
    expect(ticks).toHaveLength(0);
    setVisible(true);
    expect(ticks).toHaveLength(1);
    expect(ticks[0]!.rates.s1!.total).toBe(7);
  });

  it("a forgotten subscription has no chart; stop leaves no timer", () => {
    const { host, ticks, activity } = setup();
    activity.count(new Map([["s1", 1], ["s2", 1]]));
    activity.forget("s2");
    host.clock.advance(1_100);
    expect(Object.keys(ticks[0]!.rates)).toEqual(["s1"]);
    activity.stop();
    host.clock.advance(10_000);
    expect(ticks).toHaveLength(1);
  });
});
