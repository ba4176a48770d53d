import { startLang } from "./app/language";
import { browserHost } from "./host/browser-host";
import { serversFromQuery } from "./nats/servers-from-url";
import { tabName } from "./nats/client-name";
import { credentialsFromUrl } from "./nats/credentials-from-url";
import { openTabConnection } from "./nats/tab-connection";
import { createPendingClient } from "./nats/wrap-connection";
import { connectionStore, setStatus } from "./nats/connection-store";

// This entry does not load React: the tab's connection opens first, and React
// with the shell (app/start-ui) is fetched and evaluated while the WebSocket
// handshake is under way.
const lang = startLang();
const name = tabName();
const credentials = credentialsFromUrl();
const servers = serversFromQuery(location.search);
if (!servers.ok) {
  connectionStore.setState({ clientName: name });
  setStatus({ type: "misconfigured", problem: servers.problem });
}
// One connection per tab, shared by every panel. Its client exists at once:
// features start with it, and what they send waits for the server.
const client = servers.ok ? openTabConnection(servers.servers, name, servers.isDefault, credentials) : createPendingClient(name).client;
const host = browserHost();
void import("./app/start-ui").then(({ startUi }) => startUi({ client, host }, lang));
