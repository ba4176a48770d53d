// The URL a Python, Node or CLI program uses to reach the server the tab is on.
//
// A tab talks WebSocket (ws://host:9222); programs talk the NATS protocol over TCP,
// on the server's client port (4222 by default). So:
// - the host is the one the tab reached (it is known to work from this machine),
//   unless the server's INFO names a specific host for clients (client_advertise, or
//   a listen address that is neither a wildcard like 0.0.0.0 nor loopback): the
//   administrator chose that one for clients;
// - the port is the client port from the server's INFO (the WebSocket INFO carries it),
//   else 4222;
// - ws:// gives nats://; wss:// gives tls://: a server that encrypts its WebSocket
//   encrypts its client port too in any sane set-up, and tls:// makes the client
//   insist on TLS (edit it to nats:// if that server's client port is plain).
// It is a best guess: the UI lets the user edit it.

export const DEFAULT_CLIENT_PORT = 4222;

export type ServerInfo = { port?: number; host?: string };

const WILDCARDS = new Set(["", "0.0.0.0", "::", "[::]"]);
const isLoopback = (host: string) => /^(localhost|127(\.\d+){3}|::1|\[::1\])$/i.test(host);
const bracketed = (host: string) => (host.includes(":") && !host.startsWith("[") ? `[${host}]` : host);

export function clientUrl(wsUrl: string, info?: ServerInfo): string {
  const port = info?.port && info.port > 0 ? info.port : DEFAULT_CLIENT_PORT;
  let url: URL | undefined;
  try {
    url = new URL(wsUrl.trim());
  } catch {
    url = undefined;
  }
  const secure = url?.protocol === "wss:" || url?.protocol === "https:";
  const advertised = info?.host?.trim() ?? "";
  const host = !WILDCARDS.has(advertised) && !isLoopback(advertised) ? advertised : url?.hostname || "127.0.0.1";
  return `${secure ? "tls" : "nats"}://${bracketed(host)}:${port}`;
}
