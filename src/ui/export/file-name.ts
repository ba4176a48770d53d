// "subjects-log-2026-12-02T02-15-03.csv": what, then when (the local clock, to
// the second), in characters every file system and every shell takes as they are.

export type ExportFormat = "csv" | "json";

const pad = (n: number) => String(n).padStart(2, "0");

/** 2026-12-02T02-15-03, the local time */
export function fileStamp(at: number | Date): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}-${pad(d.getMinutes())}-${pad(d.getSeconds())}`;
}

/** letters without accents, digits, dot, dash and underscore; anything else becomes a dash */
export function safeName(what: string): string {
  const safe = what
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80)
    .replace(/[-.]+$/, "");
  return safe || "export";
}

export function exportFileName(what: string, at: number | Date, format: ExportFormat): string {
  return `${safeName(what)}-${fileStamp(at)}.${format}`;
}
