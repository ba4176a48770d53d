import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { inspectorText } from "../../ui/inspector/inspector-text";
import type { ShownBody } from "./hotline-reply-reading";
import type { CallRecord } from "./hotline-requester-store";
import { useRequesterState, useRequesterWords } from "./hotline-context";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";
import type { RequesterWords } from "./requester-words";
import { describeFailure, describeReplyNote, timeoutText } from "./requester-words";
import { useInspecting } from "./Inspecting";
import { ResultInspect } from "./RequesterInspect";

/** A reply's body as the Result shows it: clipped text (the inspector has it all), or a binary reply's size and first bytes. */
function Body({ body, w }: { body: ShownBody; w: RequesterWords }) {
  const f = useFormat();
  const it = useMessages(inspectorText);
  if (body.format === "binary") return <p className="hotline-body">{it.binary({ count: f.number(body.size), preview: body.preview })}</p>;
  return (
    <>
      <pre className="hotline-body" tabIndex={0}>{body.text}</pre>
      {body.length !== undefined && <p className="muted">{w.t.result.clipped({ length: f.number(body.length) })}</p>}
    </>
  );
}

function Sent({ call, w }: { call: CallRecord; w: RequesterWords }) {
  const t = w.t.result;
  const inbox = "inbox" in call.result ? call.result.inbox : undefined;
  return (
    <dl className="hotline-exchange">
      <dt>{t.sentOn}</dt>
      <dd>
        <Rich text={t.sentWith({ subject: marked.code(call.subject), mode: w.t.askModes[call.mode] })} />
      </dd>
      <dt>{t.request}</dt>
      <dd>
        <code>{call.payload}</code>
      </dd>
      <dt>{t.replySubject}</dt>
      <dd>{inbox ? <code>{inbox}</code> : t.hiddenInbox}</dd>
    </dl>
  );
}

function Outcome({ call, w }: { call: CallRecord; w: RequesterWords }) {
  const t = w.t.result;
  const f = useFormat();
  const r = call.result;
  switch (r.kind) {
    case "reply":
      return (
        <>
          <h3>{r.agent === undefined ? t.replyFromUnnamed : <Rich text={t.replyFrom({ agent: marked.data(r.agent) })} />}</h3>
          <p className="muted">{t.rtt({ rtt: f.ms(r.rttMs) })}</p>
          {r.note && (
            <p className="note">
              <Rich text={describeReplyNote(r.note, w, marked)} />
            </p>
          )}
          <Body body={r.body} w={w} />
        </>
      );
    case "error-reply":
      return (
        <>
          <h3>{r.agent === undefined ? t.errorReplyFromUnnamed : <Rich text={t.errorReplyFrom({ agent: marked.data(r.agent) })} />}</h3>
          {r.error === undefined ? (
            <p className="error">
              <Rich text={t.noError(marked.code)} />
            </p>
          ) : (
            // the agent's own words, in whatever language it speaks
            <p className="error" translate="no">
              {r.error}
            </p>
          )}
          <p className="muted">{t.rtt({ rtt: f.ms(r.rttMs) })}</p>
          <Body body={r.body} w={w} />
        </>
      );
    case "no-responders":
      return (
        <>
          <h3>{t.noResponders}</h3>
          <p>
            <Rich text={t.noRespondersText({ subject: marked.code(call.subject), rtt: f.ms(r.rttMs), timeout: timeoutText(f, call.timeoutMs) })} />
          </p>
        </>
      );
    case "timeout": {
      const late = call.late;
      const times = late && { rtt: f.ms(late.rttMs), after: f.ms(Math.max(0, late.rttMs - r.timeoutMs)) };
      return (
        <>
          <h3>{t.timeout}</h3>
          <p>{t.timeoutText({ timeout: timeoutText(f, r.timeoutMs) })}</p>
          {late && times && (
            <p className="note">
              {late.agent === undefined ? t.lateUnnamed(times) : <Rich text={t.late({ ...times, agent: marked.data(late.agent) })} />}
            </p>
          )}
        </>
      );
    }
    case "failed":
      return (
        <>
          <h3>{t.failed}</h3>
          <p className="error">
            <Rich text={describeFailure(r.failure, w, marked)} />
          </p>
        </>
      );
  }
}

export function CallResultView() {
  const w = useRequesterWords();
  const t = w.t.result;
  const f = useFormat();
  const last = useRequesterState((s) => s.last);
  const asking = useRequesterState((s) => s.asking);
  const [dialog, open] = useInspecting();
  return (
    <>
      <section className={`card hotline-result ${last ? `outcome-${last.result.kind}` : ""}`} aria-label={t.label} aria-live="polite">
        {last ? (
          <>
            <Outcome call={last} w={w} />
            <Sent call={last} w={w} />
            <ResultInspect call={last} w={w} open={open} />
          </>
        ) : asking ? (
          <p className="muted">
            <Rich text={t.asking({ subject: marked.code(asking.subject), mode: w.t.askModes[asking.mode], timeout: timeoutText(f, asking.timeoutMs) })} />
          </p>
        ) : (
          <p className="muted">{t.empty}</p>
        )}
      </section>
      {/* outside the live region: opening a message is not news about the call */}
      {dialog}
    </>
  );
}
