import { connect, DebugEvents, Events } from "nats.ws";
import type { NatsConnection } from "nats.ws";
import type { NatsClient } from "./nats-client";
import { createPendingClient } from "./wrap-connection";
import { backoffDelay } from "./backoff";
import { addNotice, connectionStore, setRtt, setStatus } from "./connection-store";
import type { ConnectProblem } from "./connection-store";
import type { Credentials } from "./credentials-from-url";

const RTT_EVERY_MS = 5000;

// The tab's single connection. Its client exists at once (features start with
// it and wait for the server); the first connect is our own loop (nats.ws
// reports nothing until it succeeds) so the page can say "no server answered,
// attempt N" while it keeps trying. After that nats.ws reconnects forever and
// re-sends every subscription itself — we never subscribe twice.
export function openTabConnection(servers: string[], name: string, keepOrder = false, credentials: Credentials = {}): NatsClient {
  const { client, attach } = createPendingClient(name);
  void firstConnect(servers, name, keepOrder, credentials).then(attach);
  return client;
}

async function firstConnect(servers: string[], name: string, keepOrder: boolean, credentials: Credentials): Promise<NatsConnection> {
  connectionStore.setState({ clientName: name, servers, credentials: Object.keys(credentials).length > 0 });
  let reconnectAttempt = 0;
  for (let attempt = 1; ; attempt++) {
    setStatus({ type: "connecting", servers, attempt, problem: lastProblem() });
    try {
      const nc = await connect({
        servers,
        name,
        ...credentials,
        noRandomize: keepOrder,
        maxReconnectAttempts: -1,
        reconnectDelayHandler: () => backoffDelay(reconnectAttempt++),
        pingInterval: 20_000,
        maxPingOut: 3,
        timeout: 5000,
        // no stack captured per request for error messages nobody reads here: two Error objects per call saved
        noAsyncTraces: true,
      });
      reconnectAttempt = 0;
      markConnected(nc);
      watchStatus(nc, () => (reconnectAttempt = 0));
      measureRtt(nc);
      checkOnReturn(nc);
      return nc;
    } catch (err) {
      setStatus({ type: "connecting", servers, attempt, problem: connectProblem(err, servers) });
      await sleep(backoffDelay(Math.min(attempt, 4)));
    }
  }
}

function lastProblem(): ConnectProblem | undefined {
  const s = connectionStore.getState().status;
  return s.type === "connecting" ? s.problem : undefined;
}

function connectProblem(err: unknown, servers: string[]): ConnectProblem {
  const e = err as Error & { code?: string };
  if (e?.code === "AUTHORIZATION_VIOLATION") return { kind: "credentials", servers };
  return { kind: "no-answer", servers, origin: location.origin };
}

// nats.ws reports "host:port"; show the URL the user gave (ws:// or wss://).
export function fullUrl(hostPort: string, servers: string[]): string {
  return servers.find((s) => s.replace(/^wss?:\/\//, "").replace(/\/$/, "") === hostPort) ?? `ws://${hostPort}`;
}

function markConnected(nc: NatsConnection) {
  const info = nc.info;
  setStatus({
    type: "connected",
    server: fullUrl(nc.getServer(), connectionStore.getState().servers),
    serverName: info?.server_name ?? "?",
    version: info?.version ?? "?",
    cluster: info?.cluster,
    clientPort: info?.port,
    clientHost: info?.host,
  });
}

async function watchStatus(nc: NatsConnection, onReconnected: () => void) {
  let attempt = 0;
  let lostServer: string | undefined;
  nc.closed().then((err) => {
    setStatus({ type: "disconnected", reason: err?.message });
    setRtt(undefined);
  });
  for await (const s of nc.status()) {
    switch (s.type) {
      case Events.Disconnect:
        attempt = 0;
        lostServer = fullUrl(String(s.data), connectionStore.getState().servers);
        setRtt(undefined);
        setStatus({ type: "reconnecting", server: lostServer, attempt, lostServer });
        break;
      case DebugEvents.Reconnecting:
        attempt++;
        setStatus({ type: "reconnecting", server: fullUrl(String(s.data), connectionStore.getState().servers), attempt, lostServer });
        break;
      case Events.Reconnect:
        onReconnected();
        markConnected(nc);
        nc.rtt().then(setRtt, () => undefined);
        break;
      case Events.LDM:
        addNotice({ kind: "lame-duck", server: nc.info?.server_name ?? "" });
        break;
      case Events.Error:
        addNotice(
          s.permissionContext
            ? { kind: "permission", operation: s.permissionContext.operation, subject: s.permissionContext.subject }
            : { kind: "server-error", text: String(s.data) },
        );
        break;
      default:
        break;
    }
  }
}

function measureRtt(nc: NatsConnection) {
  const tick = async () => {
    if (nc.isClosed()) return;
    if (connectionStore.getState().status.type === "connected") {
      try {
        setRtt(await nc.rtt());
      } catch {
        /* disconnected mid-measure; the status watcher reports it */
      }
    }
    setTimeout(tick, RTT_EVERY_MS);
  };
  void tick();
}

// A tab back from the background (or a laptop back from sleep) may hold a dead
// socket that throttled ping timers have not noticed yet: check at once, and
// reconnect if the server does not answer within 3 s.
function checkOnReturn(nc: NatsConnection) {
  if (typeof document === "undefined") return;
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible" || nc.isClosed()) return;
    if (connectionStore.getState().status.type !== "connected") return;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer")), 3000));
    Promise.race([nc.rtt(), timeout]).then(setRtt, () => {
      addNotice({ kind: "no-answer-on-return" });
      void nc.reconnect().catch(() => undefined);
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
