import type { Messages } from "../../i18n/messages";
import type { ExportText } from "./export-text";

export default {
  group: "Exporter",
  json: "Exporter en JSON",
  csv: "Exporter en CSV",
  busy: "Export en cours…",
  done: (p) => `Enregistré : ${p.file} (${p.count} ${p.n < 2 ? "ligne" : "lignes"})`,
  failed: (p) => `L'export a échoué : ${p.reason}. Réessayez.`,
} satisfies Messages<ExportText>;
