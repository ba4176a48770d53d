import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startFeatures } from "./app/start-features";
import { serversFromQuery } from "./nats/servers-from-url";
import { tabName } from "./nats/client-name";
import { credentialsFromUrl } from "./nats/credentials-from-url";
import { openTabConnection } from "./nats/tab-connection";
import { setStatus, useConnection } from "./nats/connection-store";
import "./ui/app.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

const name = tabName();
const credentials = credentialsFromUrl();
const servers = serversFromQuery(location.search);
if (!servers.ok) {
  useConnection.setState({ clientName: name });
  setStatus({ type: "misconfigured", reason: servers.error });
} else {
  // One connection per tab, opened once, shared by every panel.
  void openTabConnection(servers.servers, name, servers.isDefault, credentials).then(startFeatures);
}
