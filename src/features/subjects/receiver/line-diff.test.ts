import { describe, expect, it } from "vitest";
import { diffLines, MAX_DIFF_LINES } from "./line-diff";
import type { DiffLine } from "./line-diff";

const show = (lines: DiffLine[]) => lines.map((l) => `${l.kind === "same" ? " " : l.kind === "added" ? "+" : "-"}${l.text}`);
const diff = (a: string, b: string) => {
  const d = diffLines(a.split("\n"), b.split("\n"));
  if (d.tooBig) throw new Error("too big");
  return d;
};

describe("line diff", () => {
  it("line diff - one changed line: removed then added, the rest unchanged", () => {
    const d = diff('{\n  "city": "colmar",\n  "temp": 20\n}', '{\n  "city": "colmar",\n  "temp": 21\n}');
    expect(show(d.lines)).toEqual([" {", '   "city": "colmar",', '-  "temp": 20', '+  "temp": 21', " }"]);
    expect([d.added, d.removed]).toEqual([1, 1]);
  });

  it("line diff - identical texts: every line the same", () => {
    const d = diff("a\nb\nc", "a\nb\nc");
    expect(show(d.lines)).toEqual([" a", " b", " c"]);
    expect([d.added, d.removed]).toEqual([0, 0]);
  });

  it("line diff - insertions and deletions in the middle keep the longest common subsequence", () => {
    expect(show(diff("a\nb\nc\nd\ne", "a\nc\nd\nx\ne").lines)).toEqual([" a", "-b", " c", " d", "+x", " e"]);
    expect(show(diff("", "a\nb").lines)).toEqual(["-", "+a", "+b"]);
    expect(show(diff("x\ny", "y\nx").lines)).toEqual(["-x", " y", "+x"]);
  });

  it("line diff - repeated lines are matched in order, not confused", () => {
    const d = diff("}\n}\n}", "}\nx\n}\n}");
    expect(show(d.lines)).toEqual([" }", "+x", " }", " }"]);
  });

  it("line diff - every line of both texts appears once: the same ones, the first's removed ones, the second's added ones", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: Math.floor(rand() * 12) }, () => "abc"[Math.floor(rand() * 3)]!);
      const b = Array.from({ length: Math.floor(rand() * 12) }, () => "abc"[Math.floor(rand() * 3)]!);
      const d = diffLines(a, b);
      if (d.tooBig) throw new Error("too big");
      expect(d.lines.filter((l) => l.kind !== "added").map((l) => l.text)).toEqual(a);
      expect(d.lines.filter((l) => l.kind !== "removed").map((l) => l.text)).toEqual(b);
      // minimal: the unchanged lines are a longest common subsequence (checked by brute force on small inputs)
      expect(d.lines.filter((l) => l.kind === "same").length).toBe(lcsLength(a, b));
    }
  });

  it("line diff - above the bound it says so instead of building the table", () => {
    const big = Array.from({ length: MAX_DIFF_LINES + 1 }, (_, i) => String(i));
    expect(diffLines(big, ["0"])).toEqual({ tooBig: { lines: MAX_DIFF_LINES + 1, max: MAX_DIFF_LINES } });
    const atBound = Array.from({ length: MAX_DIFF_LINES }, (_, i) => String(i));
    const d = diffLines(atBound, [...atBound].reverse());
    expect(d.tooBig).toBeUndefined();
  });
});

function lcsLength(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[a.length]![b.length]!;
}
