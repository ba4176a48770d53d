import { useCallback, useState } from "react";
import type { LogRow } from "./attribution";
import { ComparisonView } from "./ComparisonView";
import { LogExport } from "./LogExport";
import { LogRowView } from "./LogRowView";
import { LOG_SHOWN, LOG_SIZE } from "./receiver-store";
import { useReceiver, useReceiverState, useReceiverWords } from "./receiver-context";
import { RowInspector } from "./RowInspector";
import type { Inspecting } from "./RowInspector";

// The log reaches the store on its own repaint policy (see receiver-controller.ts),
// with the total it was shown with: this view repaints only then.
export function MessageLog() {
  const receiver = useReceiver();
  const w = useReceiverWords();
  const t = w.t.log;
  const { rows, messages } = useReceiverState((s) => s.log);
  const picked = useReceiverState((s) => s.compare.picked);
  const [inspecting, setInspecting] = useState<Inspecting>();
  const onInspect = useCallback((row: LogRow) => setInspecting({ row, found: receiver.inspect(row) }), [receiver]);
  const shown = rows.length > LOG_SHOWN ? rows.slice(0, LOG_SHOWN) : rows;
  return (
    <section className="card log-card" aria-labelledby="subjects-log-title">
      <div className="card-head">
        <h2 id="subjects-log-title">{t.title}</h2>
        <button type="button" onClick={receiver.clearSeen} disabled={rows.length === 0}>
          {t.clear}
        </button>
      </div>
      <p className="muted">
        {t.intro}
        {messages > shown.length && ` ${t.newest({ shown: shown.length, kept: LOG_SIZE, messages }, w.n)}`}
      </p>
      <LogExport />
      <ComparisonView />
      {shown.length === 0 && <p className="muted">{t.empty}</p>}
      <ol aria-label={t.list} className="log">
        {shown.map((row) => (
          <LogRowView key={row.id} row={row} picked={picked.some((p) => p.id === row.id)} onInspect={onInspect} />
        ))}
      </ol>
      {inspecting && <RowInspector inspecting={inspecting} onClose={() => setInspecting(undefined)} />}
    </section>
  );
}
