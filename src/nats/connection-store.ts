import { createStore } from "zustand/vanilla";
import type { ServersProblem } from "./servers-from-url";

/** Why the first connection has not succeeded yet. */
export type ConnectProblem = { kind: "no-answer"; servers: string[]; origin: string } | { kind: "credentials"; servers: string[] };

export type ConnectionStatus =
  | { type: "connecting"; servers: string[]; attempt: number; problem?: ConnectProblem }
  | {
      type: "connected";
      server: string;
      serverName: string;
      version: string;
      cluster?: string;
      /** the server's plain NATS (TCP) port and host, from its INFO: what other clients connect to */
      clientPort?: number;
      clientHost?: string;
    }
  | { type: "reconnecting"; server: string; attempt: number; lostServer?: string }
  /** reason: the server's own words, if it gave any */
  | { type: "disconnected"; reason?: string }
  | { type: "misconfigured"; problem: ServersProblem };

/** Errors the server sends on its own, and what the tab noticed by itself. */
export type Notice =
  | { kind: "permission"; operation: string; subject: string }
  | { kind: "lame-duck"; server: string }
  | { kind: "no-answer-on-return" }
  | { kind: "server-error"; text: string };

export type ConnectionNotice = { id: number; at: number; notice: Notice };

export type ConnectionStore = {
  clientName: string;
  servers: string[];
  /** this tab connects with credentials (never shown, never put in generated code) */
  credentials: boolean;
  status: ConnectionStatus;
  rttMs?: number;
  /** newest first, bounded */
  notices: ConnectionNotice[];
  noticeCount: number;
};

// The tab's one connection, as the status bar shows it (features use client.onStatus).
// Vanilla (no React): the connection starts before React is even loaded (main.tsx).
export const connectionStore = createStore<ConnectionStore>()(() => ({
  clientName: "",
  servers: [],
  credentials: false,
  status: { type: "connecting", servers: [], attempt: 0 },
  notices: [],
  noticeCount: 0,
}));

const MAX_NOTICES = 20;

export const setStatus = (status: ConnectionStatus) => connectionStore.setState({ status });
export const setRtt = (rttMs: number | undefined) => connectionStore.setState({ rttMs });
export const addNotice = (notice: Notice) =>
  connectionStore.setState((s) => ({
    noticeCount: s.noticeCount + 1,
    notices: [{ id: s.noticeCount + 1, at: Date.now(), notice }, ...s.notices].slice(0, MAX_NOTICES),
  }));
export const dismissNotice = (id: number) => connectionStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
