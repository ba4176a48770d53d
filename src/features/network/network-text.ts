import { defineMessages } from "../../i18n/messages";
import type { ClientKind } from "./network-model";

export const networkEn = {
  intro:
    "Every client connected to this server's account — browser tabs, Python services, the nats CLI — with what each one subscribes to. The servers answer $SYS.REQ.ACCOUNT.PING.CONNZ; no monitoring port is needed.",
  status: {
    label: "Network status",
    starting: "Asking the server who is connected…",
    live: (p: { clients: number; servers: number; at: string }) =>
      `${p.clients} client${p.clients === 1 ? "" : "s"} on ${p.servers} server${p.servers === 1 ? "" : "s"}, refreshed at ${p.at}`,
    paused: (p: { at: string }) => `Paused while the panel is hidden (last refreshed at ${p.at})`,
    refused: (p: { reason: string }) => `The server will not say who is connected: ${p.reason}`,
    refusedHint:
      "Browser users need permission to publish $SYS.REQ.ACCOUNT.PING.CONNZ (nats-auth.conf grants it; a teacher may have turned it off), and the server needs its system account (no_system_account must not be set).",
    failed: (p: { reason: string }) => `Could not refresh: ${p.reason}. Trying again.`,
    truncated: "Some servers list only their first 1024 connections: the rest is not shown.",
    retry: "Try again",
  },
  clients: {
    title: "Clients",
    list: "Clients",
    filter: "Filter clients",
    filterHint: "by name, kind or subject",
    showInternal: "Show internal subscriptions",
    unnamed: (p: { cid: number }) => `unnamed (cid ${p.cid})`,
    me: "this tab",
    since: (p: { when: string }) => `connected ${p.when}`,
    server: (p: { name: string }) => `on ${p.name}`,
    messagesIn: "in",
    messagesOut: "out",
    rate: (p: { rate: string }) => `${p.rate}/s`,
    pending: (p: { bytes: string }) => `${p.bytes} waiting to be sent`,
    noSubs: "no subscription",
    subs: (p: { count: number }) => `${p.count} subscription${p.count === 1 ? "" : "s"}`,
    queue: (p: { name: string }) => `queue ${p.name}`,
    delivered: (p: { count: string }) => `${p.count} delivered`,
    internal: (p: { count: number }) => `+${p.count} internal (inboxes, presence, JetStream)`,
    more: (p: { count: number }) => `${p.count} more clients not shown: filter to narrow the list`,
    none: "No client matches the filter.",
    roles: { inbox: "reply inbox", presence: "chat presence", jetstream: "JetStream", system: "system" } as Record<string, string>,
  },
  kinds: {
    browser: "browser tab",
    python: "Python",
    cli: "nats CLI",
    go: "Go",
    node: "Node.js",
    java: "Java",
    dotnet: ".NET",
    rust: "Rust",
    c: "C",
    other: "other client",
  } satisfies Record<ClientKind, string>,
  check: {
    title: "Who receives a subject?",
    field: "Subject to check",
    hint: "a subject as published, e.g. fr.grand_est.67.strasbourg",
    receivers: "Receivers",
    nobody: (p: { subject: string }) => `Nobody receives ${p.subject}: no subscription matches it. A message published there is lost (core NATS keeps nothing).`,
    summary: (p: { subject: string; deliveries: number; clients: number }) =>
      `A message on ${p.subject} is delivered ${p.deliveries} time${p.deliveries === 1 ? "" : "s"}, to ${p.clients} client${p.clients === 1 ? "" : "s"}.`,
    oneOf: (p: { members: number; name: string }) => `one of ${p.members} members of queue ${p.name} gets it`,
    getsIt: "gets it",
    why: "Why",
    notReceiving: (p: { count: number }) => `${p.count} client${p.count === 1 ? "" : "s"} get nothing (no matching subscription).`,
    statusLabel: "Test message",
    send: "Send test message",
    sending: "Sending the test message…",
    measuring: "Asking the server what each subscription received…",
    agree: (p: { deliveries: number }) => `The server agrees: it counted ${p.deliveries} deliver${p.deliveries === 1 ? "y" : "ies"} where predicted.`,
    disagree: "The server disagrees with the prediction: see the flagged rows.",
    noisy: "Other messages arrived on these subscriptions meanwhile: counts include them.",
    observed: "Server's count",
    verdicts: {
      agree: "received (+1)",
      missed: "predicted, but the server counted nothing",
      "other-member": "another member of the queue got it",
      "other-traffic": "other traffic",
    } as Record<string, string>,
    failed: (p: { reason: string }) => `The test message was not sent: ${p.reason}`,
  },
  picture: {
    title: "Picture",
    label: "Network diagram",
    caption: (p: { clients: number; servers: number }) => `${p.servers} server${p.servers === 1 ? "" : "s"} in the middle, ${p.clients} client${p.clients === 1 ? "" : "s"} around; each edge carries the client's subscriptions. A checked subject lights up its receivers.`,
    tooMany: (p: { clients: number; max: number }) => `${p.clients} clients are too many for a readable picture (up to ${p.max}): use the list.`,
  },
  code: {
    variant: "Who is connected: the request this panel makes",
  },
};

export type NetworkText = typeof networkEn;

export const networkText = defineMessages(networkEn, () => import("./network-text.fr"));
