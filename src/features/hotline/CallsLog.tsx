import { memo, useId } from "react";
import { useFormat } from "../../i18n/format";
import type { Format } from "../../i18n/format";
import { CALLS_LOGGED } from "./hotline-agent-store";
import type { LoggedCall } from "./hotline-agent-store";
import { useAgent, useAgentState, useAgentWords } from "./hotline-context";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";
import { describeCallNote, describeCause } from "./agent-words";
import type { AgentWords } from "./agent-words";

const outcome = (c: LoggedCall) => (c.ok === undefined ? "no-reply" : c.ok ? "ok" : "error");

function Logged({ text, length, w, f }: { text: string; length?: number; w: AgentWords; f: Format }) {
  return (
    <>
      <code>{text}</code>
      {length !== undefined && w.t.log.clipped({ length: f.number(length) })}
    </>
  );
}

type RowProps = { call: LoggedCall; f: Format } & AgentWords;

// rows never change once logged: a new call re-renders one row, not the whole log (catalogues and f are the same objects
// from render to render, until the language changes)
const CallRow = memo(function CallRow({ call, f, ...w }: RowProps) {
  const t = w.t.log;
  const kind = outcome(call);
  return (
    <li className={`hotline-call call-${kind}`}>
      <div className="hotline-call-head">
        <span className="chip">{t.outcome[kind]}</span>
        <span>{f.clock(call.at)}</span>
        <span>{t.handledIn({ ms: f.ms(call.handlingMs) })}</span>
        <span className="muted">
          <Rich text={t.as({ agent: marked.data(call.agent), mode: w.t.replyModes[call.mode], subject: marked.code(call.subject) })} />
        </span>
      </div>
      <dl className="hotline-exchange">
        <dt>{t.request}</dt>
        <dd>{call.request ? <Logged text={call.request} length={call.requestLength} w={w} f={f} /> : t.empty}</dd>
        <dt>{t.replySubject}</dt>
        <dd>{call.inbox ? <code>{call.inbox}</code> : "–"}</dd>
        <dt>{t.replySent}</dt>
        <dd>{call.reply ? <Logged text={call.reply} length={call.replyLength} w={w} f={f} /> : "–"}</dd>
        {call.cause && (
          <>
            <dt>{t.reason}</dt>
            <dd>
              <Rich text={describeCause(call.cause, w, marked)} />
            </dd>
          </>
        )}
      </dl>
      {call.note && (
        <p className="note">
          <Rich text={describeCallNote(call.note, w, marked)} />
        </p>
      )}
    </li>
  );
});

export function CallsLog() {
  const id = useId();
  const w = useAgentWords();
  const t = w.t.log;
  const f = useFormat();
  const agent = useAgent();
  const calls = useAgentState((s) => s.calls);
  const handled = useAgentState((s) => s.handled);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="hotline-card-head">
        <h2 id={`${id}-title`}>{t.title}</h2>
        <button type="button" onClick={agent.clearLog} disabled={handled === 0}>
          {t.clear}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {handled === 0 ? t.none : t.handled({ count: f.number(handled), n: handled, shown: handled > CALLS_LOGGED ? CALLS_LOGGED : undefined })}
      </p>
      <ol className="hotline-log" aria-label={t.list} tabIndex={calls.length > 0 ? 0 : undefined}>
        {calls.map((c) => (
          <CallRow key={c.id} call={c} f={f} t={w.t} subject={w.subject} bus={w.bus} />
        ))}
      </ol>
    </section>
  );
}
