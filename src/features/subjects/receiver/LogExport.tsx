import { useCallback } from "react";
import { ExportButtons } from "../../../ui/export/ExportButtons";
import { LOG_CSV_COLUMNS } from "./log-export";
import { EXPORT_ROWS } from "./recent-rows";
import { useReceiver, useReceiverState, useReceiverWords } from "./receiver-context";

// Export JSON / Export CSV of the Message log: read from the controller when pressed.
export function LogExport() {
  const receiver = useReceiver();
  const w = useReceiverWords();
  const empty = useReceiverState((s) => s.log.rows.length === 0);
  const subs = useReceiverState((s) => s.subs);
  const rows = useCallback(() => receiver.exportLog(), [receiver]);
  return (
    <div className="log-export">
      <ExportButtons what="subjects-log" label={w.t.log.exportLabel} rows={rows} columns={LOG_CSV_COLUMNS} disabled={empty}
        meta={{ order: "oldest first", subscriptions: subs.map((s) => ({ pattern: s.pattern, state: s.state })) }} />
      <p className="muted log-export-note">{w.t.log.exportNote({ rows: EXPORT_ROWS }, w.n)}</p>
    </div>
  );
}
