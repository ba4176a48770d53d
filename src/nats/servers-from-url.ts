export const DEFAULT_SERVER = "ws://localhost:9222";
// NOTE: browsers may resolve "localhost" to ::1 only, while nats-server.conf binds
// the WebSocket listener to 127.0.0.1; the default therefore tries both, in order.
export const DEFAULT_SERVERS = [DEFAULT_SERVER, "ws://127.0.0.1:9222"];

export type ServersResult =
  | { ok: true; servers: string[]; isDefault?: boolean }
  | { ok: false; error: string };

// NOTE: a browser can only speak WebSocket, so anything but ws:// or wss:// is
// refused here with a message that says what to type instead.
export function serversFromQuery(search: string, fallback = DEFAULT_SERVER): ServersResult {
  const raw = new URLSearchParams(search).get("servers");
  if (raw === null) return { ok: true, servers: DEFAULT_SERVERS, isDefault: true };
  const entries = raw.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (entries.length === 0) {
    return { ok: false, error: `?servers= is empty: give one or more WebSocket URLs, e.g. ?servers=${fallback}` };
  }
  const servers: string[] = [];
  for (const entry of entries) {
    const checked = checkServerUrl(entry);
    if (!checked.ok) return checked;
    servers.push(checked.servers[0]!);
  }
  return { ok: true, servers };
}

function checkServerUrl(entry: string): ServersResult {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return { ok: false, error: `?servers=${entry} is not a URL: expected something like ws://localhost:9222` };
  }
  if (url.protocol === "http:" || url.protocol === "https:") {
    const ws = url.protocol === "https:" ? "wss:" : "ws:";
    return {
      ok: false,
      error: `?servers=${entry} uses ${url.protocol}// — browsers reach NATS over WebSocket: use ${ws}//${url.host}`,
    };
  }
  if (url.protocol === "nats:" || url.protocol === "tls:") {
    return {
      ok: false,
      error: `?servers=${entry} is a NATS TCP URL — browsers need the server's WebSocket port: use ws://${url.hostname}:9222`,
    };
  }
  if (url.protocol !== "ws:" && url.protocol !== "wss:") {
    return { ok: false, error: `?servers=${entry}: unsupported scheme ${url.protocol} — use ws:// or wss://` };
  }
  if (!url.hostname) return { ok: false, error: `?servers=${entry} has no host name` };
  return { ok: true, servers: [`${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`] };
}
