import type { BusDetail } from "./errors";
import { BusError } from "./errors";
import type { NatsClient } from "./nats-client";
import { requestMany } from "./request-many";

// Who is connected to this tab's account, as each server sees it. Any user of
// the account may ask ($SYS.REQ.ACCOUNT.PING.CONNZ, nats-auth.conf allows it):
// every server of a cluster answers once, with its own connections only.
export const CONNZ_SUBJECT = "$SYS.REQ.ACCOUNT.PING.CONNZ";

export type AccountSub = { subject: string; queue?: string; /** messages delivered to this subscription */ msgs: number };

/** One connection. Its IP address and port are deliberately not kept: other people's addresses are not shown. */
export type AccountConnection = {
  cid: number;
  name?: string;
  /** the client library: nats.ws, nats.js, python3, go… */
  lang?: string;
  version?: string;
  /** nats | websocket | mqtt | leafnode… */
  type?: string;
  start: number;
  inMsgs: number;
  outMsgs: number;
  inBytes: number;
  outBytes: number;
  pendingBytes: number;
  subs: AccountSub[];
};

export type ServerConnz = { serverId: string; serverName: string; version?: string; total: number; connections: AccountConnection[] };

export type ConnzResult =
  | { ok: true; servers: ServerConnz[]; /** the subject the answers came back on: the asking connection is subscribed to it */ replySubject?: string }
  | { ok: false; failure: BusDetail };

type RawSub = { subject?: string; qgroup?: string; msgs?: number };
type RawConn = {
  cid?: number; name?: string; lang?: string; version?: string; type?: string; start?: string;
  in_msgs?: number; out_msgs?: number; in_bytes?: number; out_bytes?: number; pending_bytes?: number;
  subscriptions_list_detail?: RawSub[]; subscriptions_list?: string[];
};
type RawReply = { server?: { id?: string; name?: string; ver?: string }; data?: { total?: number; connections?: RawConn[] }; error?: { code?: number; description?: string } };

export function parseConnz(text: string): ServerConnz | { error: string } {
  let raw: RawReply;
  try {
    raw = JSON.parse(text) as RawReply;
  } catch (err) {
    return { error: `the server's answer is not JSON: ${(err as Error).message}` };
  }
  if (raw.error) return { error: raw.error.description ?? `error ${raw.error.code}` };
  const connections = (raw.data?.connections ?? []).map(toConnection);
  return {
    serverId: raw.server?.id ?? "?",
    serverName: raw.server?.name ?? raw.server?.id ?? "?",
    version: raw.server?.ver,
    total: raw.data?.total ?? connections.length,
    connections,
  };
}

function toConnection(c: RawConn): AccountConnection {
  const detail = c.subscriptions_list_detail;
  const subs: AccountSub[] = detail
    ? detail.map((s) => ({ subject: s.subject ?? "", queue: s.qgroup || undefined, msgs: s.msgs ?? 0 }))
    : (c.subscriptions_list ?? []).map((subject) => ({ subject, msgs: 0 }));
  const start = c.start ? Date.parse(c.start) : NaN;
  return {
    cid: c.cid ?? 0,
    name: c.name || undefined,
    lang: c.lang || undefined,
    version: c.version || undefined,
    type: c.type || undefined,
    start: Number.isFinite(start) ? start : 0,
    inMsgs: c.in_msgs ?? 0,
    outMsgs: c.out_msgs ?? 0,
    inBytes: c.in_bytes ?? 0,
    outBytes: c.out_bytes ?? 0,
    pendingBytes: c.pending_bytes ?? 0,
    subs,
  };
}

/** Asks every server of the cluster; `limit` bounds the connections each one lists. */
export async function readAccountConnz(client: NatsClient, options: { maxWaitMs?: number; quietMs?: number; limit?: number } = {}): Promise<ConnzResult> {
  const { maxWaitMs = 2000, quietMs = 250, limit = 1024 } = options;
  try {
    const replies = await requestMany(client, CONNZ_SUBJECT, JSON.stringify({ subscriptions_detail: true, limit }), { maxWaitMs, quietMs });
    const servers: ServerConnz[] = [];
    for (const r of replies) {
      const parsed = parseConnz(r.text);
      if ("error" in parsed) return { ok: false, failure: { kind: "other", subject: CONNZ_SUBJECT, text: parsed.error } };
      servers.push(parsed);
    }
    return { ok: true, servers, replySubject: replies[0]?.subject };
  } catch (err) {
    return { ok: false, failure: err instanceof BusError ? err.detail : { kind: "other", subject: CONNZ_SUBJECT, text: String(err) } };
  }
}
