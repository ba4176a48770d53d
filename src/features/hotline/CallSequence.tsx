import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { SequenceDiagram } from "../../ui/charts/SequenceDiagram";
import { useRequester, useRequesterState, useRequesterWords } from "./hotline-context";
import { selectedCall } from "./hotline-requester-store";
import type { SequenceNote } from "./hotline-sequence";
import { agentsSeen, sequenceOf } from "./hotline-sequence";
import { timeoutText } from "./requester-words";
import type { SequenceText } from "./sequence-text";
import { sequenceText } from "./sequence-text";

const NOTE: Record<SequenceNote, keyof SequenceText["notes"]> = {
  times: "times",
  "no-responders": "noResponders",
  "timeout-request": "timeoutRequest",
  "timeout-inbox": "timeoutInbox",
  late: "late",
  "not-sent": "notSent",
  stopped: "stopped",
  failed: "failed",
};

// The Sequence of a call (loaded once there is a call to show): the latest by
// default, or the one clicked in the call history.
export default function CallSequence() {
  const id = useId();
  const t = useMessages(sequenceText);
  const w = useRequesterWords();
  const f = useFormat();
  const requester = useRequester();
  const call = useRequesterState(selectedCall);
  const pinned = useRequesterState((s) => s.selected !== undefined && s.history.some((c) => c.id === s.selected));
  const history = useRequesterState((s) => s.history);
  const [asText, setAsText] = useState(false);
  const selected = useRequesterState((s) => s.selected);
  const card = useRef<HTMLElement>(null);
  // a call picked in the history (above) is drawn here: bring the picture into view, no further than needed
  useEffect(() => {
    if (selected !== undefined) card.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  const agent = call && (call.result.kind === "reply" || call.result.kind === "error-reply" ? call.result.agent : call.late?.agent);
  const others = useMemo(() => (call ? agentsSeen(history, call.subject, agent) : []), [history, call, agent]);
  const model = useMemo(() => call && sequenceOf(call, others, t, { ms: f.ms, timeout: (ms) => timeoutText(f, ms) }), [call, others, t, f]);
  if (!call || !model) return null;
  const outcome = `${w.t.outcomes[call.result.kind]}${call.late ? `, ${w.t.history.late}` : ""}`;
  return (
    <section ref={card} className="card hotline-sequence" aria-labelledby={`${id}-title`}>
      <div className="hotline-card-head">
        <h2 id={`${id}-title`}>{t.title}</h2>
        <button type="button" aria-pressed={asText} onClick={() => setAsText(!asText)}>
          {t.showSteps}
        </button>
      </div>
      <p className="hotline-sequence-call">
        {t.call({ n: f.number(call.id), at: f.clock(call.at), mode: w.t.askModes[call.mode], outcome })}
      </p>
      <SequenceDiagram lanes={model.lanes} steps={model.steps} name={t.figure} showName={false} showSteps={asText} />
      {model.notes.map((n) => (
        <p key={n} className="muted hotline-sequence-note">
          {t.notes[NOTE[n]]}
        </p>
      ))}
      {pinned ? (
        <button type="button" onClick={() => requester.select(undefined)}>
          {t.picked}
        </button>
      ) : (
        <p className="muted hotline-sequence-note">{t.pick}</p>
      )}
    </section>
  );
}
