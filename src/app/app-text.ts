import { defineMessages } from "../i18n/messages";

export const appEn = {
  title: "NATS Playground",
  panels: "Panels",
  tabs: { counter: "Counter", subjects: "Subjects", hotline: "Hotline", chat: "Chat", network: "Network" } as Record<string, string>,
  language: "Language",
  status: "Connection status",
  facts: {
    server: "Server",
    serverUrl: "Server URL",
    node: "Node",
    connectedNode: "Connected node",
    cluster: (p: { name: string }) => ` (cluster ${p.name})`,
    version: "Version",
    serverVersion: "Server version",
    rtt: "RTT",
    roundTrip: "Round-trip time",
    client: "Client",
    thisClient: "This tab's client",
  },
  banner: {
    isServerRunning: "Is nats-server running with its WebSocket listener (",
    startsOne: " starts one)?",
    stillTrying: (p: { attempt: number }) => `Still trying (attempt ${p.attempt}).`,
  },
  loading: "Loading the panel…",
  panelFailed: "This panel could not be loaded: is the page's server still running? Reload to try again.",
  notices: "Server notices",
  dismiss: "Dismiss notice",
};

export type AppText = typeof appEn;

export const appText = defineMessages(appEn, () => import("./app-text.fr"));
