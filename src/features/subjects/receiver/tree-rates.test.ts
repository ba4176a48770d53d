import { describe, expect, it } from "vitest";
import { SubjectTree } from "./subject-tree";
import { rateBar, roundRate, TreeRates } from "./tree-rates";

const glance = { preview: "x", binary: false, size: 1 };
const node = (tree: SubjectTree, path: string) => {
  let n = tree.root;
  for (const token of path.split(".")) n = n.children.get(token)!;
  return n;
};

describe("tree rates - a recent rate per node, sampled once a second", () => {
  it("the count's growth over the window: 10 messages in the last second of a 5 s window are 2/s", () => {
    const tree = new SubjectTree();
    const rates = new TreeRates(0, 5);
    for (let s = 1; s <= 4; s++) expect(rates.sample(tree.root, s * 1000)).toBe(false);
    for (let i = 0; i < 10; i++) tree.add("fr.grand_est.67.strasbourg", glance, 4500);
    expect(rates.sample(tree.root, 5000)).toBe(true);
    expect(node(tree, "fr").rate).toBe(2);
    expect(node(tree, "fr.grand_est.67.strasbourg").rate).toBe(2);
    expect(tree.root.rate).toBe(2);
  });

  it("siblings apart, parents the sum; a quiet window goes back to 0", () => {
    const tree = new SubjectTree();
    const rates = new TreeRates(0, 2);
    for (let i = 0; i < 30; i++) tree.add("fr.a", glance, 500);
    tree.add("fr.b", glance, 600);
    rates.sample(tree.root, 1000);
    // two samples apart: 1 s here (the first slot held the start)
    expect([node(tree, "fr.a").rate, node(tree, "fr.b").rate, node(tree, "fr").rate]).toEqual([30, 1, 31]);
    rates.sample(tree.root, 2000);
    expect([node(tree, "fr").rate, node(tree, "fr.b").rate]).toEqual([16, 0.5]); // 15.5 written whole from 10/s
    rates.sample(tree.root, 3000);
    expect([node(tree, "fr.a").rate, node(tree, "fr").rate]).toEqual([0, 0]);
  });

  it("rateRev moves on a node whose rate changed and on its ancestors, not on quiet siblings", () => {
    const tree = new SubjectTree();
    const rates = new TreeRates(0, 2);
    tree.add("fr.a.x", glance, 100);
    tree.add("fr.b.y", glance, 100);
    rates.sample(tree.root, 1000);
    const before = { a: node(tree, "fr.a").rateRev, b: node(tree, "fr.b").rateRev };
    tree.add("fr.a.x", glance, 1500);
    tree.add("fr.b.y", glance, 1500);
    // fr.a.x and fr.b.y keep 1/s over the window's two seconds: nothing changes but fr and the root (2 -> 2 as well)
    expect(rates.sample(tree.root, 2000)).toBe(false);
    tree.add("fr.a.x", glance, 2500);
    tree.add("fr.a.x", glance, 2600);
    tree.add("fr.a.x", glance, 2700);
    expect(rates.sample(tree.root, 3000)).toBe(true);
    expect(node(tree, "fr.a").rateRev).not.toBe(before.a);
    expect(node(tree, "fr.a.x").rateRev).toBe(node(tree, "fr").rateRev);
    expect(node(tree, "fr.b").rate).toBe(0.5);
  });

  it("a hidden tab's long gap averages over what really passed", () => {
    const tree = new SubjectTree();
    const rates = new TreeRates(0, 5);
    for (let i = 0; i < 60; i++) tree.add("a", glance, i * 1000);
    rates.sample(tree.root, 60_000);
    expect(node(tree, "a").rate).toBe(1);
  });

  it("rounding and the bar's scale", () => {
    expect([roundRate(0), roundRate(-1), roundRate(0.04), roundRate(0.25), roundRate(9.96), roundRate(12.4)]).toEqual([0, 0, 0, 0.3, 10, 12]);
    expect(rateBar(0)).toBe(0);
    expect(rateBar(0.2)).toBeGreaterThan(0);
    expect(rateBar(1)).toBeLessThan(rateBar(10));
    expect(rateBar(10_000)).toBeCloseTo(1, 3);
    expect(rateBar(1e9)).toBe(1);
  });
});
