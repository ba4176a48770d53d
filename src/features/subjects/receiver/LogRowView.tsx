import { memo } from "react";
import { useFormat } from "../../../i18n/format";
import { withCode } from "../with-code";
import type { LogRow } from "./attribution";
import { isFlagged } from "./mismatch";
import { useReceiverWords } from "./receiver-context";
import { describeMismatch } from "./receiver-text";
import { SubChip } from "./SubChip";
import { useExplainSubject } from "./use-explain-subject";

export const LogRowView = memo(function LogRowView({ row }: { row: LogRow }) {
  const explainSubject = useExplainSubject();
  const w = useReceiverWords();
  const t = w.t.log;
  const f = useFormat();
  const flagged = isFlagged(row);
  const mismatch = flagged ? describeMismatch(row, w.t) : undefined;
  return (
    <li className={flagged ? "log-row flagged" : "log-row"}>
      <time className="log-time muted" dateTime={new Date(row.at).toISOString()}>
        {f.clock(row.at)}
      </time>
      <code className="log-subject" translate="no">{row.subject}</code>
      <span className={row.preview ? "log-payload" : "log-payload muted"}>
        {!row.fromPlayground && <span className="muted log-origin">{t.foreign}</span>}
        {row.preview ? <span translate="no">{row.preview}</span> : t.emptyPayload}
      </span>
      <span className="log-chips" role="group" aria-label={t.receivedBy}>
        {row.chips.map((c) => (
          <SubChip key={c.id} pattern={c.pattern} colour={c.colour} />
        ))}
      </span>
      <button type="button" className="small" aria-label={t.explainFor({ subject: row.subject })}
        onClick={() => explainSubject(row.subject, row.chips[0]?.pattern)}>
        {t.explain}
      </button>
      {mismatch && (
        <p role="alert" className="error log-mismatch">
          {t.mismatch} {withCode(mismatch.text, mismatch.codes)}
        </p>
      )}
    </li>
  );
});
