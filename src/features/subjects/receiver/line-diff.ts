// A line diff by longest common subsequence, as `diff` shows one: lines only in
// the first text are removed, lines only in the second are added, the rest is
// the same. Pure. Bounded: the table is (n + 1) × (m + 1) cells.

export type DiffLine = { kind: "same" | "removed" | "added"; text: string };

export type LineDiff =
  | { lines: DiffLine[]; added: number; removed: number; tooBig?: undefined }
  | { tooBig: { lines: number; max: number } };

// 2000 × 2000 lines is a 4-million-cell table (8 MB of Uint16): tens of
// milliseconds once, on a click. Beyond that a side-by-side read is no use anyway.
export const MAX_DIFF_LINES = 2000;

export function diffLines(a: readonly string[], b: readonly string[], max = MAX_DIFF_LINES): LineDiff {
  if (a.length > max || b.length > max) return { tooBig: { lines: Math.max(a.length, b.length), max } };
  // the same lines at both ends need no table (the usual case: one field changed)
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // lines as numbers, so the table compares integers, not strings
  const ids = new Map<string, number>();
  const idOf = (line: string) => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    return id;
  };
  const x = a.slice(start, endA).map(idOf);
  const y = b.slice(start, endB).map(idOf);
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  // lcs[i * w + j]: the longest common subsequence of x[i..] and y[j..]
  const lcs = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = x[i] === y[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const lines: DiffLine[] = a.slice(0, start).map((text) => ({ kind: "same", text }));
  let added = 0;
  let removed = 0;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      lines.push({ kind: "same", text: a[start + i]! });
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
      lines.push({ kind: "removed", text: a[start + i]! });
      removed++;
      i++;
    } else {
      lines.push({ kind: "added", text: b[start + j]! });
      added++;
      j++;
    }
  }
  for (let k = endA; k < a.length; k++) lines.push({ kind: "same", text: a[k]! });
  return { lines, added, removed };
}
