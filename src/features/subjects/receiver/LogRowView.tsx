import { memo } from "react";
import { clock } from "../../../ui/format";
import type { LogRow } from "./attribution";
import { describeMismatch } from "./mismatch";
import { SubChip } from "./SubChip";
import { useExplainSubject } from "./use-explain-subject";

export const LogRowView = memo(function LogRowView({ row }: { row: LogRow }) {
  const explainSubject = useExplainSubject();
  const flagged = row.unexpected.length > 0 || row.missing.length > 0;
  return (
    <li className={flagged ? "log-row flagged" : "log-row"}>
      <time className="log-time muted" dateTime={new Date(row.at).toISOString()}>
        {clock(row.at)}
      </time>
      <code className="log-subject">{row.subject}</code>
      <span className={row.preview ? "log-payload" : "log-payload muted"}>
        {!row.fromPlayground && <span className="muted log-origin">foreign</span>}
        {row.preview || "(empty)"}
      </span>
      <span className="log-chips" role="group" aria-label="Received by">
        {row.chips.map((c) => (
          <SubChip key={c.id} pattern={c.pattern} colour={c.colour} />
        ))}
      </span>
      <button type="button" className="small" aria-label={`Explain ${row.subject}`}
        onClick={() => explainSubject(row.subject, row.chips[0]?.pattern)}>
        Explain
      </button>
      {flagged && (
        <p role="alert" className="error log-mismatch">
          Mismatch: {describeMismatch(row)}
        </p>
      )}
    </li>
  );
});
