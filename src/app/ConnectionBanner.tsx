import { useConnection } from "../nats/connection-store";

// Says plainly why nothing is happening yet: never a blank page.
export function ConnectionBanner() {
  const status = useConnection((s) => s.status);
  if (status.type === "misconfigured") {
    return (
      <div className="banner banner-error" role="alert">
        {status.reason}
      </div>
    );
  }
  if (status.type === "connecting" && status.lastError) {
    return (
      <div className="banner banner-warn" role="alert">
        {status.lastError}. Is nats-server running with its WebSocket listener (<code>npm start</code> starts one)?
        Still trying (attempt {status.attempt}).
      </div>
    );
  }
  return null;
}
