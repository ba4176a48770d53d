import { memo } from "react";
import { colourOf } from "./colours";
import { SubState } from "./receiver-store";
import type { SubView } from "./receiver-store";
import { useReceiver } from "./receiver-context";

const stateText: Record<SubState, string> = {
  [SubState.Waiting]: "waiting for the connection",
  [SubState.Subscribing]: "subscribing…",
  [SubState.Active]: "subscribed",
  [SubState.Paused]: "paused — unsubscribed on the server",
  [SubState.Refused]: "refused by the server",
};

export const SubscriptionItem = memo(function SubscriptionItem({ sub, count }: { sub: SubView; count: number }) {
  const receiver = useReceiver();
  const paused = sub.state === SubState.Paused || sub.state === SubState.Refused;
  return (
    <li className={`sub-item sub-${sub.state}`}>
      <span className="sub-swatch" style={{ backgroundColor: colourOf(sub.colour) }} aria-hidden />
      <code className="sub-pattern">{sub.pattern}</code>
      <output className="sub-count" aria-label={`Count for ${sub.pattern}`} aria-live="off" title="messages delivered by this subscription">
        {count}
      </output>
      <span className="sub-foot">
        <span className="sub-state muted">{stateText[sub.state]}</span>
        <span className="sub-actions">
          {paused ? (
            <button type="button" aria-label={`Resume ${sub.pattern}`} onClick={() => receiver.resume(sub.key)}>
              Resume
            </button>
          ) : (
            <button type="button" aria-label={`Pause ${sub.pattern}`} onClick={() => receiver.pause(sub.key)}>
              Pause
            </button>
          )}
          <button type="button" aria-label={`Remove ${sub.pattern}`} onClick={() => receiver.remove(sub.key)}>
            Remove
          </button>
        </span>
      </span>
      {sub.error && <p className="error sub-error">{sub.error}</p>}
      {sub.warnings.length > 0 && <p className="warning sub-error">{sub.warnings.join("; ")}</p>}
    </li>
  );
});
