// Lab V.2: hierarchical subjects. One program subscribes with the panel's patterns
// (one callback each, so it shows which subscription got which message); the other
// publishes the panel's message.
import type { CodeText } from "./code-text";
import { textFor } from "./code-text";
import type { Conn, Lang, Programs, Target } from "./codegen-types";
import { bundle, filenameFor } from "./codegen-types";
import { jsStr, pyStr, shQuote } from "./quote";
import type { Frame } from "./skeletons";
import { natsCli, nodeProgram, pythonProgram, pyUntilStopped, shellProgram } from "./skeletons";
export { publisherPrograms } from "./publisher-code";
export type { PublisherCode } from "./publisher-code";

export type SubscriptionsCode = { patterns: string[] };

/** What a pattern's wildcards do, for the comment beside it. */
export function patternNote(pattern: string, t: CodeText): string {
  const tokens = pattern.split(".");
  const star = tokens.includes("*");
  const gt = tokens.at(-1) === ">";
  if (star && gt) return `${t.subjects.star}; ${t.subjects.gt}`;
  if (star) return t.subjects.star;
  if (gt) return t.subjects.gt;
  return t.subjects.exact;
}

export function subscriptionsPrograms(s: SubscriptionsCode, conn: Conn, lang: Lang): Programs {
  const t = textFor(lang);
  const base = "subscriptions";
  const frame = (target: Target): Frame => ({ conn, t, filename: filenameFor(target, base), intro: [t.subjects.subscriptionsIntro], forever: true });
  const list = (quote: (s: string) => string, comment: string, pad: string) =>
    s.patterns.map((p) => `${pad}${quote(p)},  ${comment} ${patternNote(p, t)}`);

  const python = pythonProgram(frame("python"), {
    top: [
      `# ${t.subjects.onePerPattern}`,
      "PATTERNS = [",
      list(pyStr, "#", "    "),
      "]",
      "",
      "def printer(pattern):",
      `    # ${t.subjects.ownCallback}`,
      "    async def cb(msg):",
      '        print(f"[{pattern}] {msg.subject}: {msg.data.decode(errors=\'replace\')}")',
      "    return cb",
    ],
    main: [
      "for pattern in PATTERNS:",
      "    await nc.subscribe(pattern, cb=printer(pattern))",
      `await nc.flush()  # ${t.common.flushSub}`,
      'print(f"subscribed to {len(PATTERNS)} patterns (Ctrl-C to stop)")',
      pyUntilStopped(t),
    ],
  });

  const node = nodeProgram(frame("node"), {
    top: [`// ${t.subjects.onePerPattern}`, "const PATTERNS = [", list(jsStr, "//", "  "), "];"],
    main: [
      "for (const pattern of PATTERNS) {",
      `  // ${t.subjects.ownCallback}`,
      "  nc.subscribe(pattern, { callback: (_err, msg) => console.log(`[${pattern}] ${msg.subject}: ${msg.string()}`) });",
      "}",
      `await nc.flush(); // ${t.common.flushSub}`,
      "console.log(`subscribed to ${PATTERNS.length} patterns (Ctrl-C to stop)`);",
    ],
  });

  const cli = shellProgram(frame("cli"), {
    top: [
      `# ${t.subjects.cliLabel}`,
      'label() { while IFS= read -r line; do printf \'[%s] %s\\n\' "$1" "$line"; done; }',
    ],
    main: [
      `# ${t.subjects.onePerPattern}`,
      s.patterns.map((p) => [`# ${patternNote(p, t)}`, `${natsCli(conn, "sub", shQuote(p))} 2>&1 | label ${shQuote(p)} &`]),
      `# ${t.subjects.cliWait}`,
      "wait",
    ],
  });

  return bundle(base, { python, cli, node });
}
