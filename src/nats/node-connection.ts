import { connect } from "nats";
import type { NatsConnection as WsConnection } from "nats.ws";
import type { NatsClient } from "./nats-client";
import { wrapConnection } from "./wrap-connection";

export type NodeConnectOptions = { servers: string[]; name: string; user?: string; pass?: string; token?: string };

export type NodeClient = { client: NatsClient; drain(): Promise<void>; close(): Promise<void> };

// Node over TCP: the `nats` package shares nats.ws's API (both are nats.js), so
// the same client wrapper — and every controller above it — runs unchanged.
export async function connectNode(options: NodeConnectOptions): Promise<NodeClient> {
  const nc = await connect({
    servers: options.servers,
    name: options.name,
    user: options.user,
    pass: options.pass,
    token: options.token,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  });
  const client = wrapConnection(nc as unknown as WsConnection, options.name);
  return { client, drain: () => nc.drain(), close: () => nc.close() };
}
