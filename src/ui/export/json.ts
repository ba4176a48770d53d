// JSON, pretty (two spaces) and complete: what JSON.stringify cannot write on
// its own (bigint, Map, Set) is written as a string, an object, an array.
import type { Slicing } from "./slices";
import { encodeInSlices } from "./slices";

export function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), v]));
  if (value instanceof Set) return [...value];
  return value;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, jsonReplacer, 2) ?? "null";
}

const indent = (text: string, by: string) => by + text.replaceAll("\n", `\n${by}`);

/**
 * `toJson({ ...meta, items })` (or `toJson(items)` without meta), written a
 * slice of items at a time: the same text, in parts.
 */
export async function toJsonParts(
  items: readonly unknown[],
  o: Slicing & { meta?: Record<string, unknown>; key?: string } = {},
): Promise<{ parts: string[]; slices: number }> {
  const key = o.key ?? "items";
  // an item's own lines: inside the array, itself inside the object when there is meta
  const inner = o.meta ? "    " : "  ";
  const body = await encodeInSlices(items, (item, i) => `${i > 0 ? ",\n" : ""}${indent(JSON.stringify(item, jsonReplacer, 2) ?? "null", inner)}`, o);
  const array = items.length === 0 ? ["[]"] : ["[\n", ...body.parts, `\n${inner.slice(2)}]`];
  if (!o.meta) return { parts: array, slices: body.slices };
  const fields = Object.entries(o.meta)
    .filter(([k]) => k !== key)
    .map(([k, v]) => [k, JSON.stringify(v, jsonReplacer, 2)] as const)
    .filter((e): e is readonly [string, string] => e[1] !== undefined)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${indent(v, "  ").slice(2)},\n`);
  return { parts: ["{\n", ...fields, `  ${JSON.stringify(key)}: `, ...array, "\n}"], slices: body.slices };
}
