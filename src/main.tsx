import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { panels } from "./app/features";
import { createFeatureRunner } from "./app/feature-runner";
import { browserHost } from "./host/browser-host";
import { serversFromQuery } from "./nats/servers-from-url";
import { tabName } from "./nats/client-name";
import { credentialsFromUrl } from "./nats/credentials-from-url";
import { openTabConnection } from "./nats/tab-connection";
import { createPendingClient } from "./nats/wrap-connection";
import { setStatus, useConnection } from "./nats/connection-store";
import { natsText } from "./nats/nats-text";
import { preload } from "./i18n/messages";
import { startLang } from "./app/language";
import { appText } from "./app/app-text";
import "./ui/app.css";

const lang = startLang();
const name = tabName();
const credentials = credentialsFromUrl();
const servers = serversFromQuery(location.search);
if (!servers.ok) {
  useConnection.setState({ clientName: name });
  setStatus({ type: "misconfigured", problem: servers.problem });
}
// One connection per tab, shared by every panel. Its client exists at once:
// features start now, and what they send waits for the server.
const client = servers.ok ? openTabConnection(servers.servers, name, servers.isDefault, credentials) : createPendingClient(name).client;
const host = browserHost();
// the first panel's code is fetched at once; the others when first opened
const runner = createFeatureRunner(panels, { client, host });

// A French page loads its words before it first paints: no English flash.
void preload(lang, [appText, natsText]).then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <Suspense>
        <App runner={runner} />
      </Suspense>
    </StrictMode>,
  ),
);
