import { lazy, memo, Suspense, useCallback, useId } from "react";
import { useFormat } from "../../i18n/format";
import type { Format } from "../../i18n/format";
import { summarize } from "./hotline-stats";
import type { CallKind } from "./hotline-ask";
import type { CallRecord, RunSummary } from "./hotline-requester-store";
import { HISTORY_SIZE, selectedCall } from "./hotline-requester-store";
import { useRequester, useRequesterState, useRequesterWords } from "./hotline-context";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";
import type { RequesterWords } from "./requester-words";
import type { RequesterText } from "./requester-text";
import type { CallPart } from "./hotline-kept";
import { useInspecting } from "./Inspecting";
import { useOpenCall } from "./RequesterInspect";

// the encoders load with the first call: before it there is nothing to export
const CallExport = lazy(() => import("./CallExport"));

const rttOf = (r: CallRecord["result"], f: Format) => ("rttMs" in r ? f.ms(r.rttMs) : "–");

function Agent({ call, t }: { call: CallRecord; t: RequesterText }) {
  // a timed-out call's late reply names who answered, too late
  const r = call.result.kind === "reply" || call.result.kind === "error-reply" ? call.result : call.late;
  if (!r) return <span>–</span>;
  return r.agent === undefined ? <span>{t.history.unnamed}</span> : <span translate="no">{r.agent}</span>;
}

type RowProps = {
  call: CallRecord;
  /** the call the Sequence shows */
  shown: boolean;
  t: RequesterText;
  f: Format;
  onInspect: (call: CallRecord, part: CallPart) => void;
  onSelect: (id: number) => void;
};

// t, f, onInspect and onSelect are the same objects from render to render: a new call re-renders its own row only
const HistoryRow = memo(function HistoryRow({ call, shown, t, f, onInspect, onSelect }: RowProps) {
  const n = f.number(call.id);
  return (
    <li className={`outcome-${call.result.kind}${shown ? " shown" : ""}`}>
      <button type="button" className="hotline-call-number" aria-pressed={shown} aria-label={t.history.show({ n })} onClick={() => onSelect(call.id)}>
        {n}
      </button>
      <span className="muted">{f.clock(call.at)}</span>
      <code>{call.code}</code>
      <span className="hotline-outcome">
        {t.outcomes[call.result.kind]}
        {call.late && <span className="hotline-late">{t.history.late}</span>}
      </span>
      <Agent call={call} t={t} />
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
  const shownId = useRequesterState((s) => selectedCall(s)?.id);
  const run = useRequesterState((s) => s.run);
  const [dialog, open] = useInspecting();
  const onInspect = useOpenCall(open);
  const onSelect = useCallback((n: number) => requester.select(n), [requester]);
  return (
    <section className="card hotline-history-card" aria-labelledby={`${id}-title`}>
      <div className="hotline-card-head">
        <h2 id={`${id}-title`}>{t.title({ size: HISTORY_SIZE })}</h2>
        <button type="button" onClick={requester.clearHistory} disabled={history.length === 0}>
          {t.clear}
        </button>
      </div>
      {history.length > 0 && (
        <Suspense fallback={null}>
          <CallExport />
        </Suspense>
      )}
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
          <HistoryRow key={c.id} call={c} shown={c.id === shownId} t={w.t} f={f} onInspect={onInspect} onSelect={onSelect} />
        ))}
      </ol>
      {dialog}
    </section>
  );
}
