import { connect } from "nats";
import type { NatsConnection as WsConnection } from "nats.ws";
import type { NatsClient } from "./nats-client";
import { wrapConnection } from "./wrap-connection";

export type NodeConnectOptions = {
  servers: string[];
  name: string;
  user?: string;
  pass?: string;
  token?: string;
  /** how long the first connect may take (the `nats` package's default is 20 s) */
  timeoutMs?: number;
};

/** What this connection sent and received since it opened (the client's own counters). */
export type ConnectionStats = { inMsgs: number; outMsgs: number; inBytes: number; outBytes: number };

export type NodeClient = { client: NatsClient; stats(): ConnectionStats; drain(): Promise<void>; close(): Promise<void> };

/**
 * Why a first connect failed, as data. `timeout`: something answered but the handshake never
 * finished — what nats-server does to a client past its max_connections (it logs
 * "maximum connections exceeded"; the client only sees the time run out).
 */
export type NodeConnectFailure =
  | { kind: "no-answer"; servers: string[] }
  | { kind: "credentials"; servers: string[] }
  | { kind: "timeout"; servers: string[]; timeoutMs: number }
  | { kind: "other"; servers: string[]; text: string };

export class NodeConnectError extends Error {
  override name = "NodeConnectError";
  constructor(readonly failure: NodeConnectFailure) {
    super(failure.kind === "other" ? failure.text : `${failure.kind}: ${failure.servers.join(", ")}`);
  }
}

const DEFAULT_TIMEOUT_MS = 20_000;

// Node over TCP: the `nats` package shares nats.ws's API (both are nats.js), so
// the same client wrapper — and every controller above it — runs unchanged.
export async function connectNode(options: NodeConnectOptions): Promise<NodeClient> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let nc: Awaited<ReturnType<typeof connect>>;
  try {
    nc = await connect({
      servers: options.servers,
      name: options.name,
      user: options.user,
      pass: options.pass,
      token: options.token,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      timeout: timeoutMs,
    });
  } catch (err) {
    throw new NodeConnectError(connectFailure(err, options.servers, timeoutMs));
  }
  const client = wrapConnection(nc as unknown as WsConnection, options.name);
  return { client, stats: () => nc.stats(), drain: () => nc.drain(), close: () => nc.close() };
}

function connectFailure(err: unknown, servers: string[], timeoutMs: number): NodeConnectFailure {
  const e = err as Error & { code?: string };
  switch (e?.code) {
    case "CONNECTION_REFUSED":
      return { kind: "no-answer", servers };
    case "AUTHORIZATION_VIOLATION":
      return { kind: "credentials", servers };
    case "TIMEOUT":
      return { kind: "timeout", servers, timeoutMs };
    default:
      return { kind: "other", servers, text: e?.message || String(err) };
  }
}
