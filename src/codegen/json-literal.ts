// The request JSON typed in the Hotline panel, written as a value of the
// program's language (a Python dictionary, a JavaScript object), the way the lab
// builds its data: "une chaîne Json issue d'un dictionnaire".
import { jsStr, pyStr } from "./quote";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function parseJson(text: string): { ok: true; value: JsonValue } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    return { ok: false };
  }
}

/** A Python literal: None/True/False, numbers as JSON writes them, str literals, lists, dicts. */
export function pyLiteral(v: JsonValue): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return JSON.stringify(v);
  if (typeof v === "string") return pyStr(v);
  if (Array.isArray(v)) return `[${v.map(pyLiteral).join(", ")}]`;
  return `{${Object.entries(v).map(([k, x]) => `${pyStr(k)}: ${pyLiteral(x)}`).join(", ")}}`;
}

/**
 * A JavaScript object literal, or undefined when it would not mean the same thing
 * (a "__proto__" key sets the prototype in a literal): then the caller sends the text.
 */
export function jsLiteral(v: JsonValue): string | undefined {
  if (v !== null && typeof v === "object") {
    if (Array.isArray(v)) {
      const items = v.map(jsLiteral);
      return items.includes(undefined) ? undefined : `[${items.join(", ")}]`;
    }
    const entries = Object.entries(v).map(([k, x]) => (k === "__proto__" ? undefined : [k, jsLiteral(x)] as const));
    if (entries.some((e) => e === undefined || e[1] === undefined)) return undefined;
    if (entries.length === 0) return "{}";
    return `{ ${entries.map((e) => `${jsKey(e![0])}: ${e![1]}`).join(", ")} }`;
  }
  return typeof v === "string" ? jsStr(v) : JSON.stringify(v);
}

const jsKey = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsStr(k));
