// CSV as RFC 4180 writes it: fields separated by commas, rows ended by CRLF, a
// field holding a comma, a double quote, CR or LF enclosed in double quotes,
// with its quotes doubled. The first row holds the headers.
import { jsonReplacer } from "./json";
import type { Slicing } from "./slices";
import { encodeInSlices } from "./slices";

export type CsvColumn<T> = { header: string; value: (row: T) => unknown };

export type CsvOptions = {
  /**
   * Prefix text starting with = + - @ (or a tab or CR) with ' so a spreadsheet shows
   * it instead of running it as a formula (OWASP's CSV injection advice). Off by
   * default: it changes the text (a payload "-5" becomes "'-5").
   */
  guardFormulas?: boolean;
};

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A value as text, predictably: strings as they are, numbers and booleans as
 * JavaScript writes them (never localised: 1234.5, not "1 234,5"), dates in ISO
 * 8601 (UTC), null and undefined as an empty field, objects and arrays as JSON.
 */
export function csvText(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "bigint":
    case "boolean":
      return String(value);
    case "undefined":
    case "function":
    case "symbol":
      return "";
  }
  if (value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  return JSON.stringify(value, jsonReplacer) ?? "";
}

export function csvField(value: unknown, o: CsvOptions = {}): string {
  let text = csvText(value);
  if (o.guardFormulas && typeof value === "string" && FORMULA.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** one record, CRLF included */
export function csvLine(values: readonly unknown[], o: CsvOptions = {}): string {
  return `${values.map((v) => csvField(v, o)).join(",")}\r\n`;
}

/** the columns of plain objects: every key, in the order first met */
export function columnsOf<T extends object>(rows: readonly T[]): CsvColumn<T>[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  return [...keys].map((key) => ({ header: key, value: (row: T) => (row as Record<string, unknown>)[key] }));
}

const lineOf =
  <T>(columns: readonly CsvColumn<T>[], o: CsvOptions) =>
  (row: T) =>
    csvLine(columns.map((c) => c.value(row)), o);

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[], o: CsvOptions = {}): string {
  return csvLine(columns.map((c) => c.header)) + rows.map(lineOf(columns, o)).join("");
}

/** the same text as toCsv, in parts, encoded a slice at a time */
export async function toCsvParts<T>(
  columns: readonly CsvColumn<T>[],
  rows: readonly T[],
  o: CsvOptions & Slicing = {},
): Promise<{ parts: string[]; slices: number }> {
  const body = await encodeInSlices(rows, lineOf(columns, o), o);
  return { parts: [csvLine(columns.map((c) => c.header)), ...body.parts], slices: body.slices };
}
