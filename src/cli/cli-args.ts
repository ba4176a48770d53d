import type { UsageProblem } from "./usage-problems";

// The command line as data: which options a command takes, and what was typed.
// `--name value` and `--name=value` both work; `--` ends the options.

export type OptionSpec = {
  /** without the dashes: "servers" */
  name: string;
  /** what the value is, as help shows it ("URL", "ms"); absent for a flag */
  value?: string;
  help: string;
  /** the default, as help shows it */
  default?: string;
};

export type ParsedArgs = {
  positionals: string[];
  values: Record<string, string>;
  flags: Set<string>;
};

export type Parse<T> = { ok: true; value: T } | { ok: false; problem: UsageProblem };

export const HELP_OPTION: OptionSpec = { name: "help", help: "print this help and exit" };

/** True when --help (or -h) appears before any `--`: help wins over every other problem. */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

export function parseArgs(argv: readonly string[], options: readonly OptionSpec[], command: string): Parse<ParsedArgs> {
  const known = new Map(options.map((o) => [o.name, o]));
  const parsed: ParsedArgs = { positionals: [], values: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-" || /^-\d/.test(arg)) {
      parsed.positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) return fail({ kind: "unknown-option", option: arg, command, suggestion: suggest(arg.replace(/^-+/, ""), known) });
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = known.get(name);
    if (!spec) return fail({ kind: "unknown-option", option: `--${name}`, command, suggestion: suggest(name, known) });
    if (parsed.flags.has(name) || name in parsed.values) return fail({ kind: "repeated-option", option: `--${name}` });
    if (!spec.value) {
      if (eq !== -1) return fail({ kind: "flag-with-value", option: `--${name}` });
      parsed.flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      // a following option is not a value: `--subject --step 3` forgot the subject
      if (next === undefined || (next.startsWith("--") && known.has(next.slice(2).split("=")[0]!))) {
        return fail({ kind: "missing-value", option: `--${name}`, value: spec.value });
      }
      value = next;
      i++;
    }
    if (value.trim() === "") return fail({ kind: "missing-value", option: `--${name}`, value: spec.value });
    parsed.values[name] = value;
  }
  return { ok: true, value: parsed };
}

export const fail = (problem: UsageProblem): { ok: false; problem: UsageProblem } => ({ ok: false, problem });

/** The known option closest to a misspelt one ("--server" → "--servers"), if any is close. */
function suggest(name: string, known: ReadonlyMap<string, OptionSpec>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known.keys()) {
    const distance = editDistance(name, candidate);
    if (distance <= Math.max(1, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best && `--${best.name}`;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** A whole number within bounds, or why not. */
export function wholeNumber(option: string, text: string, min: number, max: number): Parse<number> {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) return fail({ kind: "not-whole", option: `--${option}`, text, min, max });
  const n = Number(t);
  if (n < min || n > max) return fail({ kind: "out-of-range", option: `--${option}`, value: n, min, max });
  return { ok: true, value: n };
}

/** One of a fixed set of words. */
export function choice<T extends string>(option: string, text: string, choices: readonly T[]): Parse<T> {
  const t = text.trim() as T;
  return choices.includes(t) ? { ok: true, value: t } : fail({ kind: "choice", option: `--${option}`, text, choices });
}

/** The options as help lists them: one per line, descriptions aligned. */
export function optionLines(options: readonly OptionSpec[], indent = "  "): string[] {
  const left = options.map((o) => `--${o.name}${o.value ? ` ${o.value}` : ""}`);
  const width = Math.max(...left.map((l) => l.length));
  return options.map((o, i) => `${indent}${left[i]!.padEnd(width)}  ${o.help}${o.default ? ` (default: ${o.default})` : ""}`);
}
