import { useCallback } from "react";
import { ExportButtons } from "../../ui/export/ExportButtons";
import { useRequester, useRequesterWords } from "./hotline-context";
import { CALL_CSV_COLUMNS, exportedCall } from "./hotline-export";

/** what the JSON file says beside its items */
const EXPORT_META = { order: "oldest first", payloads: "UTF-8 text, or base64 where encoding says so" };

// Export JSON / Export CSV of the Call history (loaded with the first call: before it there is nothing to export).
export default function CallExport() {
  const requester = useRequester();
  const { t } = useRequesterWords();
  const rows = useCallback(() => requester.exportable().map(exportedCall), [requester]);
  return <ExportButtons what="hotline-calls" label={t.history.export} rows={rows} columns={CALL_CSV_COLUMNS} meta={EXPORT_META} />;
}
