import { memo, useId } from "react";
import { clock, ms } from "../../ui/format";
import { REPLY_MODE_LABELS } from "./hotline-labels";
import { CALLS_LOGGED } from "./hotline-agent-store";
import { useAgent, useAgentState } from "./hotline-context";
import type { LoggedCall } from "./hotline-agent-store";

const outcome = (c: LoggedCall) => (c.ok === undefined ? "no reply" : c.ok ? "ok" : "error");

// rows never change once logged: a new call re-renders one row, not the whole log
const CallRow = memo(function CallRow({ call }: { call: LoggedCall }) {
  return (
    <li className={`hotline-call call-${outcome(call).replace(" ", "-")}`}>
      <div className="hotline-call-head">
        <span className="chip">{outcome(call)}</span>
        <span>{clock(call.at)}</span>
        <span>handled in {ms(call.handlingMs)}</span>
        <span className="muted">
          as {call.agent} · {REPLY_MODE_LABELS[call.mode]} · on <code>{call.subject}</code>
        </span>
      </div>
      <dl className="hotline-exchange">
        <dt>request</dt>
        <dd><code>{call.request || "(empty)"}</code></dd>
        <dt>reply subject</dt>
        <dd><code>{call.inbox ?? "–"}</code></dd>
        <dt>reply sent</dt>
        <dd><code>{call.reply ?? "–"}</code></dd>
      </dl>
      {call.note && <p className="note">{call.note}</p>}
    </li>
  );
});

export function CallsLog() {
  const id = useId();
  const agent = useAgent();
  const calls = useAgentState((s) => s.calls);
  const handled = useAgentState((s) => s.handled);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="hotline-card-head">
        <h2 id={`${id}-title`}>Calls this agent handled</h2>
        <button type="button" onClick={agent.clearLog} disabled={handled === 0}>
          Clear log
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {handled === 0 ? "No call yet." : `${handled} handled${handled > CALLS_LOGGED ? ` (the last ${CALLS_LOGGED} shown)` : ""}`}
      </p>
      <ol className="hotline-log" aria-label="Calls handled">
        {calls.map((c) => (
          <CallRow key={c.id} call={c} />
        ))}
      </ol>
    </section>
  );
}
