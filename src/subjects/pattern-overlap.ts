// Two subscription patterns overlap when some subject matches both. Their
// intersection is itself a pattern (token by token, the more specific wins), which
// is what a JetStream filter needs when a view is wider than the stream (`>`).
export function intersectPatterns(a: string, b: string): string | undefined {
  const x = a.split(".");
  const y = b.split(".");
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const p = x[i];
    const q = y[i];
    if (p === undefined && q === undefined) return out.join(".");
    if (p === ">") return q === undefined ? undefined : [...out, ...y.slice(i)].join(".");
    if (q === ">") return p === undefined ? undefined : [...out, ...x.slice(i)].join(".");
    if (p === undefined || q === undefined) return undefined;
    if (p === "*") out.push(q);
    else if (q === "*" || p === q) out.push(p);
    else return undefined;
  }
}

export function patternsOverlap(a: string, b: string): boolean {
  return intersectPatterns(a, b) !== undefined;
}
