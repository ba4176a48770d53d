import { memo } from "react";
import { useFormat } from "../../../i18n/format";
import { withCode } from "../with-code";
import type { LogRow } from "./attribution";
import { isFlagged } from "./mismatch";
import { glanceText, useReceiver, useReceiverWords } from "./receiver-context";
import { describeMismatch } from "./receiver-text";
import { SubChip } from "./SubChip";
import { useExplainSubject } from "./use-explain-subject";

type LogRowProps = { row: LogRow; /** picked for comparison */ picked: boolean; onInspect(row: LogRow): void };

export const LogRowView = memo(function LogRowView({ row, picked, onInspect }: LogRowProps) {
  const receiver = useReceiver();
  const explainSubject = useExplainSubject();
  const w = useReceiverWords();
  const t = w.t.log;
  const f = useFormat();
  const flagged = isFlagged(row);
  const mismatch = flagged ? describeMismatch(row, w.t) : undefined;
  const time = f.clock(row.at);
  // rows may share a subject, even a millisecond: the message's number tells this row's buttons apart
  const named = { subject: row.subject, time, number: row.id };
  return (
    <li className={flagged ? "log-row flagged" : "log-row"}>
      <time className="log-time muted" dateTime={new Date(row.at).toISOString()}>
        {time}
      </time>
      <code className="log-subject" translate="no">{row.subject}</code>
      <span className={row.preview ? "log-payload" : "log-payload muted"}>
        {!row.fromPlayground && <span className="muted log-origin">{t.foreign}</span>}
        {row.binary ? glanceText(row, w) : row.preview ? <span translate="no">{row.preview}</span> : t.emptyPayload}
      </span>
      <span className="log-chips" role="group" aria-label={t.receivedBy}>
        {row.chips.map((c) => (
          <SubChip key={c.id} pattern={c.pattern} colour={c.colour} />
        ))}
      </span>
      <span className="log-actions">
        <button type="button" className="small" aria-label={t.explainFor({ subject: row.subject })}
          onClick={() => explainSubject(row.subject, row.chips[0]?.pattern)}>
          {t.explain}
        </button>
        <button type="button" className="small" aria-label={t.inspectFor(named, w.n)} onClick={() => onInspect(row)}>
          {w.inspector.inspect}
        </button>
        <button type="button" className="small" aria-label={t.compareFor(named, w.n)} aria-pressed={picked} onClick={() => receiver.toggleCompare(row)}>
          {t.compare}
        </button>
      </span>
      {mismatch && (
        <p role="alert" className="error log-mismatch">
          {t.mismatch} {withCode(mismatch.text, mismatch.codes)}
        </p>
      )}
    </li>
  );
});
