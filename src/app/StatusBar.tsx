import { useConnection } from "../nats/use-connection";
import { describeStatus, natsText } from "../nats/nats-text";
import { useMessages } from "../i18n/use-messages";
import { useFormat } from "../i18n/format";
import { appText } from "./app-text";

export function StatusBar() {
  const t = useMessages(appText).facts;
  const n = useMessages(natsText);
  const label = useMessages(appText).status;
  const f = useFormat();
  const status = useConnection((s) => s.status);
  const rtt = useConnection((s) => s.rttMs);
  const name = useConnection((s) => s.clientName);
  const servers = useConnection((s) => s.servers);
  const connected = status.type === "connected" ? status : undefined;
  return (
    <div className="status-bar" data-state={status.type}>
      <span role="status" aria-label={label} className={`status-pill status-${status.type}`}>
        {describeStatus(status, n)}
      </span>
      <dl className="status-facts">
        <dt>{t.server}</dt>
        <dd aria-label={t.serverUrl}>{connected?.server ?? (status.type === "reconnecting" ? status.server : servers.join(", "))}</dd>
        {connected && (
          <>
            <dt>{t.node}</dt>
            <dd aria-label={t.connectedNode}>
              {connected.serverName}
              {connected.cluster ? t.cluster({ name: connected.cluster }) : ""}
            </dd>
            <dt>{t.version}</dt>
            <dd aria-label={t.serverVersion}>{connected.version}</dd>
            <dt>{t.rtt}</dt>
            <dd aria-label={t.roundTrip}>{f.ms(rtt)}</dd>
          </>
        )}
        <dt>{t.client}</dt>
        <dd aria-label={t.thisClient}>{name}</dd>
      </dl>
    </div>
  );
}
