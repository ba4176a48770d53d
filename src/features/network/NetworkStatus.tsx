import { describeBusDetail, busText } from "../../nats/bus-text";
import { useMessages } from "../../i18n/use-messages";
import { useFormat } from "../../i18n/format";
import { useNetwork, useNetworkState, useNetworkText } from "./network-context";

export function NetworkStatus() {
  const t = useNetworkText().status;
  const bus = useMessages(busText);
  const f = useFormat();
  const network = useNetwork();
  const status = useNetworkState((s) => s.status);
  const snapshot = useNetworkState((s) => s.snapshot);
  const live = useNetworkState((s) => s.live);
  const refused = status.kind === "refused";
  let text: string;
  if (status.kind === "refused") text = t.refused({ reason: describeBusDetail(status.failure, bus) });
  else if (status.kind === "failed") text = t.failed({ reason: describeBusDetail(status.failure, bus) });
  else if (!snapshot) text = t.starting;
  else if (!live) text = t.paused({ at: f.time(snapshot.at) });
  else text = t.live({ clients: snapshot.clients.length, servers: snapshot.servers.length, at: f.time(snapshot.at) });
  return (
    <div className="network-status">
      <p role="status" aria-label={t.label} className={refused || status.kind === "failed" ? "warning" : "muted"}>
        {text}
      </p>
      {refused && (
        <>
          <p className="muted">{t.refusedHint}</p>
          <button type="button" onClick={() => network.retry()}>
            {t.retry}
          </button>
        </>
      )}
      {snapshot?.truncated && <p className="warning">{t.truncated}</p>}
    </div>
  );
}
