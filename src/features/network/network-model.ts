import type { AccountConnection, AccountSub, ServerConnz } from "../../nats/account-connz";
import { matches } from "../../subjects/subject-match";

// What the Network panel knows about the account: every connection of every
// server, merged, with rates from one refresh to the next. Pure.

/** What a client is, from its library (`lang`), transport and name. */
export const ClientKind = {
  BrowserTab: "browser",
  Python: "python",
  Cli: "cli",
  Go: "go",
  Node: "node",
  Java: "java",
  Dotnet: "dotnet",
  Rust: "rust",
  C: "c",
  Other: "other",
} as const;
export type ClientKind = (typeof ClientKind)[keyof typeof ClientKind];

/** Subscriptions a client library or the playground makes for itself, not the lab's. */
export const SubRole = { Lab: "lab", Inbox: "inbox", Presence: "presence", JetStream: "jetstream", System: "system" } as const;
export type SubRole = (typeof SubRole)[keyof typeof SubRole];

export type NetSub = AccountSub & { role: SubRole };

export type NetClient = {
  /** unique in the cluster: server id + cid */
  key: string;
  cid: number;
  serverId: string;
  serverName: string;
  name?: string;
  kind: ClientKind;
  lang?: string;
  version?: string;
  isMe: boolean;
  start: number;
  inMsgs: number;
  outMsgs: number;
  /** messages per second since the previous refresh (undefined on the first one) */
  inRate?: number;
  outRate?: number;
  pendingBytes: number;
  subs: NetSub[];
};

export type NetServer = { id: string; name: string; version?: string; clients: number };

export type Snapshot = { at: number; servers: NetServer[]; clients: NetClient[]; truncated: boolean };

export function kindOf(c: Pick<AccountConnection, "lang" | "type" | "name">): ClientKind {
  const lang = (c.lang ?? "").toLowerCase();
  if (c.type === "websocket" || lang === "nats.ws") return ClientKind.BrowserTab;
  if (lang.startsWith("python")) return ClientKind.Python;
  if (lang === "go") return /^nats cli/i.test(c.name ?? "") ? ClientKind.Cli : ClientKind.Go;
  if (lang === "nats.js" || lang === "node" || lang === "nats.deno") return ClientKind.Node;
  if (lang === "java") return ClientKind.Java;
  if (lang === ".net" || lang === "c#" || lang.startsWith("dotnet")) return ClientKind.Dotnet;
  if (lang === "rust") return ClientKind.Rust;
  if (lang === "c") return ClientKind.C;
  return ClientKind.Other;
}

export function roleOf(subject: string): SubRole {
  if (subject.startsWith("_INBOX.")) return SubRole.Inbox;
  if (subject.startsWith("presence.")) return SubRole.Presence;
  if (subject.startsWith("$JS.") || subject.startsWith("$KV.") || subject.startsWith("$O.")) return SubRole.JetStream;
  if (subject.startsWith("$SYS.")) return SubRole.System;
  return SubRole.Lab;
}

/**
 * One picture of the account from every server's answer. `replySubject` is the
 * inbox the answers came back on: the connection subscribed to it is this tab.
 * Rates compare with the previous snapshot, connection by connection.
 */
export function merge(replies: readonly ServerConnz[], at: number, previous: Snapshot | undefined, replySubject?: string): Snapshot {
  const before = new Map(previous?.clients.map((c) => [c.key, c]));
  const seconds = previous ? (at - previous.at) / 1000 : 0;
  const rate = (now: number, then: number | undefined) => (then === undefined || seconds <= 0 ? undefined : Math.max(0, (now - then) / seconds));
  const byServer = new Map<string, ServerConnz>();
  for (const r of replies) byServer.set(r.serverId, r);
  const servers: NetServer[] = [];
  const clients: NetClient[] = [];
  let truncated = false;
  for (const r of byServer.values()) {
    servers.push({ id: r.serverId, name: r.serverName, version: r.version, clients: r.total });
    if (r.total > r.connections.length) truncated = true;
    for (const c of r.connections) {
      const key = `${r.serverId}/${c.cid}`;
      const old = before.get(key);
      clients.push({
        key,
        cid: c.cid,
        serverId: r.serverId,
        serverName: r.serverName,
        name: c.name,
        kind: kindOf(c),
        lang: c.lang,
        version: c.version,
        isMe: replySubject !== undefined && c.subs.some((s) => matchesSafely(s.subject, replySubject)),
        start: c.start,
        inMsgs: c.inMsgs,
        outMsgs: c.outMsgs,
        inRate: rate(c.inMsgs, old?.inMsgs),
        outRate: rate(c.outMsgs, old?.outMsgs),
        pendingBytes: c.pendingBytes,
        // the server lists them in no particular order (a Go map): sort, so rows and keys stay put between refreshes
        subs: c.subs.map((s) => ({ ...s, role: roleOf(s.subject) })).sort(bySubject),
      });
    }
  }
  servers.sort((a, b) => a.name.localeCompare(b.name));
  clients.sort(byMeThenName);
  return { at, servers, clients, truncated };
}

const bySubject = (a: NetSub, b: NetSub) =>
  Number(a.role !== SubRole.Lab) - Number(b.role !== SubRole.Lab) || a.subject.localeCompare(b.subject) || (a.queue ?? "").localeCompare(b.queue ?? "");

const byMeThenName = (a: NetClient, b: NetClient) =>
  Number(b.isMe) - Number(a.isMe) || (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff") || a.cid - b.cid;

/** A subject listed by the server is a valid pattern; anything odd simply matches nothing. */
export function matchesSafely(pattern: string, subject: string): boolean {
  try {
    return matches(pattern, subject);
  } catch {
    return false;
  }
}

export const labSubs = (c: NetClient) => c.subs.filter((s) => s.role === SubRole.Lab);
export const internalSubs = (c: NetClient) => c.subs.filter((s) => s.role !== SubRole.Lab);
