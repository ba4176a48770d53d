import { memo } from "react";
import { describeBusDetail } from "../../../nats/bus-text";
import { describeNote } from "../../../subjects/subject-text";
import { colourOf } from "./colours";
import { SubState } from "./receiver-store";
import type { SubView } from "./receiver-store";
import { useReceiver, useReceiverWords } from "./receiver-context";

export const SubscriptionItem = memo(function SubscriptionItem({ sub, count }: { sub: SubView; count: number }) {
  const receiver = useReceiver();
  const w = useReceiverWords();
  const t = w.t.subs;
  const paused = sub.state === SubState.Paused || sub.state === SubState.Refused;
  const pattern = { pattern: sub.pattern };
  return (
    <li className={`sub-item sub-${sub.state}`}>
      <span className="sub-swatch" style={{ backgroundColor: colourOf(sub.colour) }} aria-hidden />
      <code className="sub-pattern" translate="no">{sub.pattern}</code>
      <output className="sub-count" aria-label={t.countFor(pattern)} aria-live="off" title={t.countTitle}>
        {w.n(count)}
      </output>
      <span className="sub-foot">
        <span className="sub-state muted">{t.state[sub.state]}</span>
        <span className="sub-actions">
          {paused ? (
            <button type="button" aria-label={t.resumeFor(pattern)} onClick={() => receiver.resume(sub.key)}>
              {t.resume}
            </button>
          ) : (
            <button type="button" aria-label={t.pauseFor(pattern)} onClick={() => receiver.pause(sub.key)}>
              {t.pause}
            </button>
          )}
          <button type="button" aria-label={t.removeFor(pattern)} onClick={() => receiver.remove(sub.key)}>
            {t.remove}
          </button>
        </span>
      </span>
      {sub.refusal && <p className="error sub-error">{describeBusDetail(sub.refusal, w.bus)}</p>}
      {sub.notes.length > 0 && <p className="warning sub-error">{sub.notes.map((n) => describeNote(n, w.subject)).join(w.t.separator)}</p>}
    </li>
  );
});
