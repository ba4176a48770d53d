import { describe, expect, it } from "vitest";
import { intersectPatterns, patternsOverlap } from "./pattern-overlap";
import { matches } from "./subject-match";

describe("pattern-overlap", () => {
  it.each([
    ["chat.general", "chat.general", "chat.general"],
    ["chat.general", "chat.>", "chat.general"],
    ["chat.>", "chat.general", "chat.general"],
    ["chat.*", "chat.>", "chat.*"],
    [">", "chat.>", "chat.>"],
    ["*.general", "chat.>", "chat.general"],
    ["*.>", "chat.*", "chat.*"],
    ["chat.*.x", "chat.a.*", "chat.a.x"],
    ["chat.>", "chat.a.b.c", "chat.a.b.c"],
  ])("intersect - %s ∩ %s = %s", (a, b, both) => {
    expect(intersectPatterns(a, b)).toBe(both);
    expect(intersectPatterns(b, a)).toBe(both);
  });

  it.each([
    ["chat.general", "chat.dev"],
    ["chat.*", "chat.a.b"],
    ["chat.>", "chat"],
    ["chat.*", "chat"],
    ["presence.chat.>", "chat.>"],
    ["a.b", "a.b.c"],
  ])("intersect - %s and %s share no subject", (a, b) => {
    expect(intersectPatterns(a, b)).toBeUndefined();
    expect(patternsOverlap(b, a)).toBe(false);
  });

  it("intersect - agrees with matches() on every subject of a small alphabet", () => {
    const patterns = ["a", "b", "*", ">", "a.b", "a.*", "*.b", "a.>", "*.>", "*.*", "a.b.c", "*.*.c", "a.*.>"];
    const subjects: string[] = [];
    for (const t1 of ["a", "b", "c"]) {
      subjects.push(t1);
      for (const t2 of ["a", "b", "c"]) {
        subjects.push(`${t1}.${t2}`);
        for (const t3 of ["a", "b", "c"]) subjects.push(`${t1}.${t2}.${t3}`);
      }
    }
    for (const p of patterns) {
      for (const q of patterns) {
        const both = intersectPatterns(p, q);
        const shared = subjects.filter((s) => matches(p, s) && matches(q, s));
        if (both === undefined) expect(shared, `${p} ∩ ${q}`).toEqual([]);
        else expect(subjects.filter((s) => matches(both, s)), `${p} ∩ ${q} = ${both}`).toEqual(shared);
      }
    }
  });
});
