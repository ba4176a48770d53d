// Counting what a component drew, in its static markup (tests only: no DOM in Node).
export const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern.source, "g"))?.length ?? 0;

/** the values of one attribute, in document order */
export const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1]!);
