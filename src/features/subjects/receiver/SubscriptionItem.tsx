import { memo } from "react";
import { describeBusDetail } from "../../../nats/bus-text";
import { createRateBuckets } from "../../../ui/charts/rate-buckets";
import type { RateSeries } from "../../../ui/charts/rate-buckets";
import { Sparkline } from "../../../ui/charts/Sparkline";
import { describeNote } from "../../../subjects/subject-text";
import { colourOf } from "./colours";
import { SubState } from "./receiver-store";
import type { SubView } from "./receiver-store";
import { useReceiver, useReceiverWords } from "./receiver-context";

/** a minute without a message: what a subscription shows before its first delivery */
const SILENT: RateSeries = createRateBuckets().read(0);

type SubscriptionItemProps = { sub: SubView; count: number; /** its minute of rates, once it has delivered */ rate?: RateSeries };

export const SubscriptionItem = memo(function SubscriptionItem({ sub, count, rate }: SubscriptionItemProps) {
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
      <span className="sub-rate">
        <Sparkline series={rate ?? SILENT} name={sub.pattern} width={132} height={20} />
      </span>
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
