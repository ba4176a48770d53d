import { defineMessages } from "../../i18n/messages";

export const exportEn = {
  group: "Export",
  json: "Export JSON",
  csv: "Export CSV",
  busy: "Exporting…",
  done: (p: { file: string; count: string; n: number }) => `Saved ${p.file} (${p.count} ${p.n === 1 ? "row" : "rows"})`,
  failed: (p: { reason: string }) => `Export failed: ${p.reason}. Try again.`,
};

export type ExportText = typeof exportEn;

export const exportText = defineMessages(exportEn, () => import("./export-text.fr"));
