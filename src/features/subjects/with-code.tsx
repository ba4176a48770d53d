import type { ReactNode } from "react";

// A sentence of the catalogue that holds literal things (a subject, a pattern,
// a payload placeholder): those parts are set as code, which no translation
// touches and no reader takes for prose. The text itself is unchanged.
export function withCode(text: string, codes: readonly string[]): ReactNode {
  const wanted = codes.filter((c) => c.length > 0);
  if (wanted.length === 0) return text;
  const out: ReactNode[] = [];
  let from = 0;
  for (;;) {
    let at = -1;
    let code = "";
    for (const c of wanted) {
      const i = text.indexOf(c, from);
      if (i >= 0 && (at < 0 || i < at || (i === at && c.length > code.length))) {
        at = i;
        code = c;
      }
    }
    if (at < 0) break;
    if (at > from) out.push(text.slice(from, at));
    out.push(
      <code key={out.length} translate="no">
        {code}
      </code>,
    );
    from = at + code.length;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}
