import { memo, useCallback, useId } from "react";
import { useFormat } from "../../i18n/format";
import type { Format } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { inspectorText } from "../../ui/inspector/inspector-text";
import type { InspectorText } from "../../ui/inspector/inspector-text";
import { CALLS_LOGGED } from "./hotline-agent-store";
import type { LoggedCall } from "./hotline-agent-store";
import { useAgent, useAgentState, useAgentWords } from "./hotline-context";
import type { CallPart } from "./hotline-kept";
import { KEPT_BYTES } from "./hotline-kept";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";
import { describeCallNote, describeCause } from "./agent-words";
import type { AgentWords } from "./agent-words";
import { opened, useInspecting } from "./Inspecting";

const outcome = (c: LoggedCall) => (c.ok === undefined ? "no-reply" : c.ok ? "ok" : "error");

function Logged({ text, length, w, f }: { text: string; length?: number; w: AgentWords; f: Format }) {
  return (
    <>
      <code>{text}</code>
      {length !== undefined && w.t.log.clipped({ length: f.number(length) })}
    </>
  );
}

type RowProps = { call: LoggedCall; f: Format; it: InspectorText; onInspect: (call: LoggedCall, part: CallPart) => void } & AgentWords;

// rows never change once logged: a new call re-renders one row, not the whole log (catalogues, f and onInspect are the
// same objects from render to render, until the language changes)
const CallRow = memo(function CallRow({ call, f, it, onInspect, ...w }: RowProps) {
  const t = w.t.log;
  const kind = outcome(call);
  const n = f.number(call.id);
  const binary = call.requestBinary;
  return (
    <li className={`hotline-call call-${kind}`}>
      <div className="hotline-call-head">
        <span className="muted">{t.number({ n })}</span>
        <span className="chip">{t.outcome[kind]}</span>
        <span>{f.clock(call.at)}</span>
        <span>{t.handledIn({ ms: f.ms(call.handlingMs) })}</span>
        <span className="muted">
          <Rich text={t.as({ agent: marked.data(call.agent), mode: w.t.replyModes[call.mode], subject: marked.code(call.subject) })} />
        </span>
      </div>
      <dl className="hotline-exchange">
        <dt>{t.request}</dt>
        <dd>
          {binary ? (
            it.binary({ count: f.number(binary.size), preview: binary.preview })
          ) : call.request ? (
            <Logged text={call.request} length={call.requestLength} w={w} f={f} />
          ) : (
            t.empty
          )}
        </dd>
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
      <div className="hotline-inspect">
        <button type="button" aria-label={t.inspectRequestOf({ n })} onClick={() => onInspect(call, "request")}>
          {t.inspectRequest}
        </button>
        {call.inspect.reply && (
          <button type="button" aria-label={t.inspectReplyOf({ n })} onClick={() => onInspect(call, "reply")}>
            {t.inspectReply}
          </button>
        )}
      </div>
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
  const it = useMessages(inspectorText);
  const [dialog, open] = useInspecting();
  const dropped = t.dropped({ budget: f.bytes(KEPT_BYTES) });
  const onInspect = useCallback(
    (call: LoggedCall, part: CallPart) => {
      const facts = call.inspect[part];
      if (facts) open(opened(facts, agent.inspect(call.id, part), dropped));
    },
    [agent, dropped, open],
  );
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
          <CallRow key={c.id} call={c} f={f} it={it} onInspect={onInspect} t={w.t} subject={w.subject} bus={w.bus} />
        ))}
      </ol>
      {dialog}
    </section>
  );
}
