export const DEFAULT_SERVER = "ws://localhost:9222";
// NOTE: browsers may resolve "localhost" to ::1 only, while nats-server.conf binds
// the WebSocket listener to 127.0.0.1; the default therefore tries both, in order.
export const DEFAULT_SERVERS = [DEFAULT_SERVER, "ws://127.0.0.1:9222"];

/** Why a ?servers= value is refused; nats-text.ts says it to people. */
export type ServersProblem =
  | { kind: "empty"; example: string }
  | { kind: "not-a-url"; entry: string }
  | { kind: "http"; entry: string; protocol: string; suggestion: string }
  | { kind: "nats-tcp"; entry: string; suggestion: string }
  | { kind: "scheme"; entry: string; protocol: string }
  | { kind: "no-host"; entry: string };

export type ServersResult = { ok: true; servers: string[]; isDefault?: boolean } | { ok: false; problem: ServersProblem };

// NOTE: a browser can only speak WebSocket, so anything but ws:// or wss:// is
// refused here with a message that says what to type instead.
export function serversFromQuery(search: string, fallback = DEFAULT_SERVER): ServersResult {
  const raw = new URLSearchParams(search).get("servers");
  if (raw === null) return { ok: true, servers: DEFAULT_SERVERS, isDefault: true };
  const entries = raw.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (entries.length === 0) return { ok: false, problem: { kind: "empty", example: fallback } };
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
    return { ok: false, problem: { kind: "not-a-url", entry } };
  }
  if (url.protocol === "http:" || url.protocol === "https:") {
    const ws = url.protocol === "https:" ? "wss:" : "ws:";
    return { ok: false, problem: { kind: "http", entry, protocol: url.protocol, suggestion: `${ws}//${url.host}` } };
  }
  if (url.protocol === "nats:" || url.protocol === "tls:") {
    return { ok: false, problem: { kind: "nats-tcp", entry, suggestion: `ws://${url.hostname}:9222` } };
  }
  if (url.protocol !== "ws:" && url.protocol !== "wss:") return { ok: false, problem: { kind: "scheme", entry, protocol: url.protocol } };
  if (!url.hostname) return { ok: false, problem: { kind: "no-host", entry } };
  return { ok: true, servers: [`${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`] };
}
