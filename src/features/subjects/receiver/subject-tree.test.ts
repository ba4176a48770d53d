import { describe, expect, it } from "vitest";
import { shownChildren, SubjectTree } from "./subject-tree";
import type { TreeNode } from "./subject-tree";
import type { PayloadGlance } from "./payload-glance";

/** a text payload as the log shows it */
const g = (preview: string): PayloadGlance => ({ preview, binary: false, size: preview.length });
const child = (t: SubjectTree, path: string) =>
  path.split(".").reduce<TreeNode | undefined>((n, token) => n?.children.get(token), t.root);

describe("subject tree", () => {
  it("one node per token, counts at and below each node, last payload", () => {
    const t = new SubjectTree();
    t.add("fr.grand_est.67.colmar", g("a"), 1);
    t.add("fr.grand_est.67.strasbourg", g("b"), 2);
    t.add("fr.ile_de_france.75.paris", g("c"), 3);
    t.add("fr.grand_est", g("d"), 4);
    expect(t.size).toBe(8);
    expect(t.root.count).toBe(4);
    const ge = child(t, "fr.grand_est")!;
    expect([ge.count, ge.own, ge.last.preview, ge.path, ge.depth]).toEqual([3, 1, "d", "fr.grand_est", 2]);
    expect(child(t, "fr.grand_est.67")!.last.preview).toBe("b");
    expect(child(t, "fr.grand_est.67.colmar")!.own).toBe(1);
  });

  it("a subject seen again counts on the same nodes; after clear() it builds them anew", () => {
    const t = new SubjectTree();
    for (let i = 0; i < 3; i++) t.add("fr.grand_est.67.colmar", g(`p${i}`), i);
    t.add("fr.grand_est", g("x"), 9);
    const colmar = child(t, "fr.grand_est.67.colmar")!;
    expect([t.size, t.root.count, colmar.count, colmar.own, colmar.last.preview]).toEqual([4, 4, 3, 3, "p2"]);
    expect([child(t, "fr.grand_est")!.count, child(t, "fr")!.last.preview]).toEqual([4, "x"]);
    t.clear();
    t.add("fr.grand_est.67.colmar", g("again"), 10);
    expect([t.size, t.root.count, child(t, "fr.grand_est.67.colmar")!.own]).toEqual([4, 1, 1]);
  });

  it("rev moves on every node of the path and only there", () => {
    const t = new SubjectTree();
    t.add("fr.grand_est.67.colmar", g("a"), 1);
    t.add("fr.ile_de_france.75.paris", g("b"), 2);
    const colmar = child(t, "fr.grand_est.67.colmar")!;
    const before = colmar.rev;
    t.add("fr.ile_de_france.75.paris", g("c"), 3);
    expect(colmar.rev).toBe(before);
    expect(child(t, "fr")!.rev).toBe(t.rev);
    expect(child(t, "fr.ile_de_france.75.paris")!.rev).toBe(t.rev);
  });

  it("bounded: once full, new leaves are counted in their parent's 'other', counts stay exact", () => {
    const t = new SubjectTree(10);
    for (let i = 0; i < 1000; i++) t.add(`fr.flood.c${i}`, g(String(i)), i);
    expect(t.size).toBe(10);
    const flood = child(t, "fr.flood")!;
    expect(flood.children.size).toBe(8);
    expect(flood.other).toBe(992);
    expect(flood.count).toBe(1000);
    expect(t.root.count).toBe(1000);
    // an existing node still counts normally
    t.add("fr.flood.c3", g("again"), 5);
    expect(child(t, "fr.flood.c3")!.count).toBe(2);
  });

  it("children are shown in token order, numbers as numbers, capped", () => {
    const t = new SubjectTree();
    for (const d of ["68", "2a", "67", "6", "100"]) t.add(`fr.x.${d}`, g(""), 0);
    expect(shownChildren(child(t, "fr.x")!, 10).map((n) => n.token)).toEqual(["2a", "6", "67", "68", "100"]);
    expect(shownChildren(child(t, "fr.x")!, 2)).toHaveLength(2);
  });
});
