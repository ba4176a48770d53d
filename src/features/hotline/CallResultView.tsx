import { ms } from "../../ui/format";
import { showBody } from "./hotline-reply-reading";
import { ASK_MODE_LABELS } from "./hotline-labels";
import type { CallRecord } from "./hotline-requester-store";
import { useRequesterState } from "./hotline-context";

function Sent({ call }: { call: CallRecord }) {
  const inbox = "inbox" in call.result ? call.result.inbox : undefined;
  return (
    <dl className="hotline-exchange">
      <dt>sent on</dt>
      <dd><code>{call.subject}</code> with {ASK_MODE_LABELS[call.mode]}</dd>
      <dt>request</dt>
      <dd><code>{call.payload}</code></dd>
      <dt>reply subject</dt>
      <dd><code>{inbox ?? "(made by nats.ws, not shown)"}</code></dd>
    </dl>
  );
}

function Outcome({ call }: { call: CallRecord }) {
  const r = call.result;
  switch (r.kind) {
    case "reply":
      return (
        <>
          <h3>Reply from {r.agent ?? "an unnamed responder"}</h3>
          <p className="muted">RTT {ms(r.rttMs)} (send to reply)</p>
          {r.note && <p className="note">{r.note}</p>}
          <pre className="hotline-body">{showBody(r.body)}</pre>
        </>
      );
    case "error-reply":
      return (
        <>
          <h3>Error reply from {r.agent ?? "an unnamed responder"}</h3>
          <p className="error">{r.error}</p>
          <p className="muted">RTT {ms(r.rttMs)} (send to reply)</p>
          <pre className="hotline-body">{showBody(r.body)}</pre>
        </>
      );
    case "no-responders":
      return (
        <>
          <h3>No responders</h3>
          <p>
            Nobody is answering on <code>{call.subject}</code>: the server said so at once, after {ms(r.rttMs)}, without waiting
            for the {call.timeoutMs} ms. Tick “Answer the hotline” in a tab with this subject, or start any service on it.
          </p>
        </>
      );
    case "timeout":
      return (
        <>
          <h3>Timeout</h3>
          <p>
            No answer within {r.timeoutMs} ms. Someone took the call (with nobody listening the server would have said so
            at once) but did not reply in time.
          </p>
        </>
      );
    case "failed":
      return (
        <>
          <h3>Request failed</h3>
          <p className="error">{r.message}</p>
        </>
      );
  }
}

export function CallResultView() {
  const last = useRequesterState((s) => s.last);
  const asking = useRequesterState((s) => s.asking);
  return (
    <section className={`card hotline-result ${last ? `outcome-${last.result.kind}` : ""}`} aria-label="Result" aria-live="polite">
      {last ? (
        <>
          <Outcome call={last} />
          <Sent call={last} />
        </>
      ) : asking ? (
        <p className="muted">
          Asking <code>{asking.subject}</code> with {ASK_MODE_LABELS[asking.mode]}, waiting up to {asking.timeoutMs} ms…
        </p>
      ) : (
        <p className="muted">No request sent yet. The reply, or why there is none, shows here.</p>
      )}
    </section>
  );
}
