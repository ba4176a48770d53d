import { create } from "zustand";

export type ConnectionStatus =
  | { type: "connecting"; servers: string[]; attempt: number; lastError?: string }
  | { type: "connected"; server: string; serverName: string; version: string; cluster?: string }
  | { type: "reconnecting"; server: string; attempt: number; reason?: string }
  | { type: "disconnected"; reason: string }
  | { type: "misconfigured"; reason: string };

export type ConnectionNotice = { id: number; at: number; text: string };

type ConnectionStore = {
  clientName: string;
  servers: string[];
  status: ConnectionStatus;
  rttMs?: number;
  /** async errors from the server (permission violations…), newest first, bounded */
  notices: ConnectionNotice[];
};

export const useConnection = create<ConnectionStore>()(() => ({
  clientName: "",
  servers: [],
  status: { type: "connecting", servers: [], attempt: 0 },
  notices: [],
}));

const MAX_NOTICES = 20;
let noticeId = 0;

export const setStatus = (status: ConnectionStatus) => useConnection.setState({ status });
export const setRtt = (rttMs: number | undefined) => useConnection.setState({ rttMs });
export const addNotice = (text: string) =>
  useConnection.setState((s) => ({
    notices: [{ id: ++noticeId, at: Date.now(), text }, ...s.notices].slice(0, MAX_NOTICES),
  }));
export const dismissNotice = (id: number) =>
  useConnection.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
