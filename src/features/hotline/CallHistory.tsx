import { memo, useId } from "react";
import { useFormat } from "../../i18n/format";
import type { Format } from "../../i18n/format";
import { summarize } from "./hotline-stats";
import type { CallKind } from "./hotline-ask";
import type { CallRecord, RunSummary } from "./hotline-requester-store";
import { HISTORY_SIZE } from "./hotline-requester-store";
import { useRequester, useRequesterState, useRequesterWords } from "./hotline-context";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";
import type { RequesterWords } from "./requester-words";
import type { RequesterText } from "./requester-text";
import type { CallPart } from "./hotline-kept";
import { useInspecting } from "./Inspecting";
import { useOpenCall } from "./RequesterInspect";

const rttOf = (r: CallRecord["result"], f: Format) => ("rttMs" in r ? f.ms(r.rttMs) : "–");

function Agent({ result: r, t }: { result: CallRecord["result"]; t: RequesterText }) {
  if (r.kind !== "reply" && r.kind !== "error-reply") return <span>–</span>;
  return r.agent === undefined ? <span>{t.history.unnamed}</span> : <span translate="no">{r.agent}</span>;
}

type RowProps = { call: CallRecord; t: RequesterText; f: Format; onInspect: (call: CallRecord, part: CallPart) => void };

// t, f and onInspect are the same objects from render to render: a new call re-renders its own row only
const HistoryRow = memo(function HistoryRow({ call, t, f, onInspect }: RowProps) {
  const n = f.number(call.id);
  return (
    <li className={`outcome-${call.result.kind}`}>
      <span className="muted">{n}</span>
      <span className="muted">{f.clock(call.at)}</span>
      <code>{call.code}</code>
      <span className="hotline-outcome">{t.outcomes[call.result.kind]}</span>
      <Agent result={call.result} t={t} />
      <span>{rttOf(call.result, f)}</span>
      <span className="hotline-inspect">
        {call.inspect.request && (
          <button type="button" aria-label={t.history.inspectRequest({ n })} onClick={() => onInspect(call, "request")}>
            {t.history.request}
          </button>
        )}
        {call.inspect.reply ? (
          <button type="button" aria-label={t.history.inspectReply({ n })} onClick={() => onInspect(call, "reply")}>
            {t.history.reply}
          </button>
        ) : (
          <span className="muted">{t.history.noReply}</span>
        )}
      </span>
    </li>
  );
});

function runText(run: RunSummary, w: RequesterWords, f: Format): string {
  const t = w.t.run;
  const rtt = summarize(run.rtts);
  const done = t.done({ done: f.number(run.done), total: f.number(run.total) });
  const parts = [run.stopped ? `${done} ${t.stopped}` : done];
  const outcomes = Object.entries(run.outcomes).map(([k, n]) => t.outcomes[k as CallKind]({ count: f.number(n), n }));
  if (outcomes.length > 0) parts.push(outcomes.join(", "));
  const agents = Object.entries(run.agents).map(([agent, n]) => t.agent({ agent: marked.data(agent), count: f.number(n) }));
  if (agents.length > 0) parts.push(t.answeredBy({ agents: agents.join(", ") }));
  if (rtt.count > 0) parts.push(t.roundTrip({ p50: f.ms(rtt.p50), p99: f.ms(rtt.p99), max: f.ms(rtt.max) }));
  return parts.join(" · ");
}

export function CallHistory() {
  const id = useId();
  const w = useRequesterWords();
  const t = w.t.history;
  const f = useFormat();
  const requester = useRequester();
  const history = useRequesterState((s) => s.history);
  const run = useRequesterState((s) => s.run);
  const [dialog, open] = useInspecting();
  const onInspect = useOpenCall(open);
  return (
    <section className="card hotline-history-card" aria-labelledby={`${id}-title`}>
      <div className="hotline-card-head">
        <h2 id={`${id}-title`}>{t.title({ size: HISTORY_SIZE })}</h2>
        <button type="button" onClick={requester.clearHistory} disabled={history.length === 0}>
          {t.clear}
        </button>
      </div>
      {run && run.total > 1 && (
        <p aria-label={w.t.run.label} className="hotline-run">
          <Rich text={runText(run, w, f)} />
        </p>
      )}
      {history.length > 0 && (
        <div className="hotline-history-head">
          <span>{t.columns.number}</span>
          <span>{t.columns.at}</span>
          <span>{t.columns.code}</span>
          <span>{t.columns.outcome}</span>
          <span>{t.columns.agent}</span>
          <span>{t.columns.rtt}</span>
          <span>{t.columns.inspect}</span>
        </div>
      )}
      <ol className="hotline-history" aria-label={t.list} tabIndex={history.length > 0 ? 0 : undefined}>
        {history.map((c) => (
          <HistoryRow key={c.id} call={c} t={w.t} f={f} onInspect={onInspect} />
        ))}
      </ol>
      {dialog}
    </section>
  );
}
