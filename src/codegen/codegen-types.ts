import type { Lang } from "../i18n/lang";

export type { Lang };

export const TARGETS = ["python", "cli", "node"] as const;
export type Target = (typeof TARGETS)[number];

/** One runnable file: `counter_publisher.py`, `counter-publisher.sh`, `counter-publisher.mjs`. */
export type Program = { target: Target; filename: string; code: string };

export type Programs = Record<Target, Program>;

/**
 * Where and how a generated program connects. `url` is the server's client (TCP) URL
 * (see clientUrl). `credentials`: the tab uses some; the code never contains them and
 * reads NATS_USER / NATS_PASSWORD (or NATS_TOKEN) from the environment instead.
 */
export type Conn = { url: string; name?: string; credentials?: boolean };

/** `counter_publisher` for Python, `counter-publisher` elsewhere. */
export function filenameFor(target: Target, base: string): string {
  switch (target) {
    case "python":
      return `${base.replaceAll("-", "_")}.py`;
    case "cli":
      return `${base}.sh`;
    case "node":
      return `${base}.mjs`;
  }
}

export function bundle(base: string, code: Record<Target, string>): Programs {
  const one = (target: Target): Program => ({ target, filename: filenameFor(target, base), code: code[target] });
  return { python: one("python"), cli: one("cli"), node: one("node") };
}

/**
 * Joins lines into a file: `false`/`undefined` entries are dropped, nested lists flattened,
 * runs of blank lines kept to one (optional sections leave none behind).
 */
export type Line = string | false | undefined | readonly Line[];

export function file(...lines: Line[]): string {
  const out: string[] = [];
  const walk = (l: Line) => {
    if (l === false || l === undefined) return;
    if (typeof l !== "string") return l.forEach(walk);
    if (l === "" && (out.length === 0 || out.at(-1) === "")) return;
    out.push(l);
  };
  lines.forEach(walk);
  while (out.at(-1) === "") out.pop();
  return out.join("\n") + "\n";
}

/** Indents every non-empty line (user text is never inside: quoted strings have no raw newline in Python or JS). */
export function indent(lines: Line, by = 4): string[] {
  const pad = " ".repeat(by);
  return file(lines)
    .slice(0, -1)
    .split("\n")
    .map((l) => (l === "" ? l : pad + l));
}
