import { useConnection } from "../nats/connection-store";
import type { ConnectionStatus } from "../nats/connection-store";
import { ms } from "../ui/format";

function describe(status: ConnectionStatus): string {
  switch (status.type) {
    case "connecting":
      return status.lastError
        ? `Connecting — ${status.lastError}; retrying (attempt ${status.attempt})`
        : `Connecting to ${status.servers.join(", ")}…`;
    case "connected":
      return "Connected";
    case "reconnecting":
      return `Reconnecting (attempt ${status.attempt})${status.reason ? ` — ${status.reason}` : ""}`;
    case "disconnected":
      return `Disconnected — ${status.reason}`;
    case "misconfigured":
      return `Not connecting — ${status.reason}`;
  }
}

export function StatusBar() {
  const status = useConnection((s) => s.status);
  const rtt = useConnection((s) => s.rttMs);
  const name = useConnection((s) => s.clientName);
  const servers = useConnection((s) => s.servers);
  const connected = status.type === "connected" ? status : undefined;
  return (
    <div className="status-bar" data-state={status.type}>
      <span role="status" aria-label="Connection status" className={`status-pill status-${status.type}`}>
        {describe(status)}
      </span>
      <dl className="status-facts">
        <dt>Server</dt>
        <dd aria-label="Server URL">{connected?.server ?? (status.type === "reconnecting" ? status.server : servers.join(", "))}</dd>
        {connected && (
          <>
            <dt>Node</dt>
            <dd aria-label="Connected node">
              {connected.serverName}
              {connected.cluster ? ` (cluster ${connected.cluster})` : ""}
            </dd>
            <dt>Version</dt>
            <dd aria-label="Server version">{connected.version}</dd>
            <dt>RTT</dt>
            <dd aria-label="Round-trip time">{ms(rtt)}</dd>
          </>
        )}
        <dt>Client</dt>
        <dd aria-label="This tab's client">{name}</dd>
      </dl>
    </div>
  );
}
