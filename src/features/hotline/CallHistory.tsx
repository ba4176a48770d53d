import { memo, useId } from "react";
import { clock, ms } from "../../ui/format";
import { OUTCOME_LABELS } from "./hotline-labels";
import { summarize } from "./hotline-stats";
import type { CallRecord, RunSummary } from "./hotline-requester-store";
import { HISTORY_SIZE } from "./hotline-requester-store";
import { useRequester, useRequesterState } from "./hotline-context";

const agentOf = (r: CallRecord["result"]) => (r.kind === "reply" || r.kind === "error-reply" ? (r.agent ?? "?") : "–");
const rttOf = (r: CallRecord["result"]) => ("rttMs" in r ? ms(r.rttMs) : "–");

const HistoryRow = memo(function HistoryRow({ call }: { call: CallRecord }) {
  return (
    <li className={`outcome-${call.result.kind}`}>
      <span className="muted">{clock(call.at)}</span>
      <code>{call.code}</code>
      <span className="hotline-outcome">{OUTCOME_LABELS[call.result.kind]}</span>
      <span>{agentOf(call.result)}</span>
      <span>{rttOf(call.result)}</span>
    </li>
  );
});

function RunLine({ run }: { run: RunSummary }) {
  const rtt = summarize(run.rtts);
  const outcomes = Object.entries(run.outcomes).map(([k, n]) => `${n} ${OUTCOME_LABELS[k as keyof typeof OUTCOME_LABELS]}`);
  const agents = Object.entries(run.agents).map(([a, n]) => `${a} ${n}`);
  return (
    <p aria-label="Run summary" className="hotline-run">
      {run.done}/{run.total} done{run.stopped ? " (stopped)" : ""}
      {outcomes.length > 0 && ` · ${outcomes.join(", ")}`}
      {agents.length > 0 && ` · answered by ${agents.join(", ")}`}
      {rtt.count > 0 && ` · round trip p50 ${ms(rtt.p50)}, p99 ${ms(rtt.p99)}, max ${ms(rtt.max)}`}
    </p>
  );
}

export function CallHistory() {
  const id = useId();
  const requester = useRequester();
  const history = useRequesterState((s) => s.history);
  const run = useRequesterState((s) => s.run);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="hotline-card-head">
        <h2 id={`${id}-title`}>Last {HISTORY_SIZE} calls</h2>
        <button type="button" onClick={requester.clearHistory} disabled={history.length === 0}>
          Clear history
        </button>
      </div>
      {run && run.total > 1 && <RunLine run={run} />}
      <ol className="hotline-history" aria-label="Call history">
        {history.map((c) => (
          <HistoryRow key={c.id} call={c} />
        ))}
      </ol>
    </section>
  );
}
