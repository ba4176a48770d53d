import { defineMessages } from "../i18n/messages";
import type { ServersProblem } from "./servers-from-url";
import type { ConnectionStatus, ConnectProblem, Notice } from "./connection-store";

// What the connection says to people, in English; nats-text.fr.ts in French.
export const natsEn = {
  servers: {
    empty: (p: { example: string }) => `?servers= is empty: give one or more WebSocket URLs, e.g. ?servers=${p.example}`,
    notAUrl: (p: { entry: string }) => `?servers=${p.entry} is not a URL: expected something like ws://localhost:9222`,
    http: (p: { entry: string; protocol: string; suggestion: string }) =>
      `?servers=${p.entry} uses ${p.protocol}// — browsers reach NATS over WebSocket: use ${p.suggestion}`,
    natsTcp: (p: { entry: string; suggestion: string }) =>
      `?servers=${p.entry} is a NATS TCP URL — browsers need the server's WebSocket port: use ${p.suggestion}`,
    scheme: (p: { entry: string; protocol: string }) => `?servers=${p.entry}: unsupported scheme ${p.protocol} — use ws:// or wss://`,
    noHost: (p: { entry: string }) => `?servers=${p.entry} has no host name`,
  },
  connect: {
    noAnswer: (p: { servers: string; origin: string }) =>
      `no server answered at ${p.servers} (or it refused this page's origin ${p.origin}: see allowed_origins in nats-server.conf)`,
    credentials: (p: { servers: string }) =>
      `the server at ${p.servers} refused this tab's credentials: open the link your teacher gave (with ?user=&pass=), or check them`,
  },
  status: {
    connecting: (p: { servers: string }) => `Connecting to ${p.servers}…`,
    connectingAgain: (p: { problem: string; attempt: number }) => `Connecting — ${p.problem}; retrying (attempt ${p.attempt})`,
    connected: "Connected",
    reconnecting: (p: { attempt: number }) => `Reconnecting (attempt ${p.attempt})`,
    lost: (p: { server: string }) => `lost the connection to ${p.server}`,
    disconnected: (p: { reason: string }) => `Disconnected — ${p.reason}`,
    closed: "the connection was closed",
    misconfigured: (p: { reason: string }) => `Not connecting — ${p.reason}`,
  },
  notice: {
    permission: (p: { subscribe: boolean; subject: string }) =>
      `permission denied: this tab may not ${p.subscribe ? "subscribe to" : "publish to"} '${p.subject}' (the server's permissions for browser users forbid it)`,
    lameDuck: (p: { server: string }) => `the server ${p.server} is shutting down (lame duck mode); the tab will move to another`,
    noAnswerOnReturn: "the connection did not answer after the tab came back: reconnecting",
    serverError: (p: { text: string }) => `server error: ${p.text}`,
  },
};

export type NatsText = typeof natsEn;

export const natsText = defineMessages(natsEn, () => import("./nats-text.fr"));

export function describeServersProblem(p: ServersProblem, t: NatsText = natsEn): string {
  switch (p.kind) {
    case "empty":
      return t.servers.empty(p);
    case "not-a-url":
      return t.servers.notAUrl(p);
    case "http":
      return t.servers.http(p);
    case "nats-tcp":
      return t.servers.natsTcp(p);
    case "scheme":
      return t.servers.scheme(p);
    case "no-host":
      return t.servers.noHost(p);
  }
}

export function describeConnectProblem(p: ConnectProblem, t: NatsText = natsEn): string {
  const servers = p.servers.join(", ");
  return p.kind === "credentials" ? t.connect.credentials({ servers }) : t.connect.noAnswer({ servers, origin: p.origin });
}

export function describeStatus(status: ConnectionStatus, t: NatsText = natsEn): string {
  switch (status.type) {
    case "connecting":
      return status.problem
        ? t.status.connectingAgain({ problem: describeConnectProblem(status.problem, t), attempt: status.attempt })
        : t.status.connecting({ servers: status.servers.join(", ") });
    case "connected":
      return t.status.connected;
    case "reconnecting":
      return `${t.status.reconnecting({ attempt: status.attempt })}${status.lostServer ? ` — ${t.status.lost({ server: status.lostServer })}` : ""}`;
    case "disconnected":
      return t.status.disconnected({ reason: status.reason ?? t.status.closed });
    case "misconfigured":
      return t.status.misconfigured({ reason: describeServersProblem(status.problem, t) });
  }
}

export function describeNotice(n: Notice, t: NatsText = natsEn): string {
  switch (n.kind) {
    case "permission":
      return t.notice.permission({ subscribe: /^sub/i.test(n.operation), subject: n.subject });
    case "lame-duck":
      return t.notice.lameDuck(n);
    case "no-answer-on-return":
      return t.notice.noAnswerOnReturn;
    case "server-error":
      return t.notice.serverError(n);
  }
}
