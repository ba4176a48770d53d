import { DeliverPolicy } from "nats.ws";
import type { ConsumerMessages, JsMsg, NatsConnection } from "nats.ws";
import type { Headers, NatsClient } from "./nats-client";
import { rawConnection } from "./wrap-connection";

// The one place that reads JetStream. Tabs only read: the stream is defined by
// scripts/chat-stream.mjs over a privileged connection.

export type StoredMessage = {
  seq: number;
  subject: string;
  /** payload decoded as UTF-8 */
  text: string;
  /** the first value of each header */
  headers?: Headers;
  /** server time, ms */
  time: number;
  /** the payload as stored (a view into the read buffer: copy it to keep it) */
  data: Uint8Array;
  /** every value of every header, in order: a name may repeat (as BusMessage.headerList) */
  headerList?: readonly (readonly [string, string])[];
};

/** Why a history read failed: a feature decides on the kind, people read the reason. */
export const HistoryFailure = {
  /** the stream is not defined on this server */
  NoStream: "no-stream",
  NoJetStream: "no-jetstream",
  /** JetStream did not answer or deliver in time (a cluster electing a leader, a node catching up) */
  Timeout: "timeout",
  PermissionDenied: "permission-denied",
  NotConnected: "not-connected",
  Other: "other",
} as const;
export type HistoryFailure = (typeof HistoryFailure)[keyof typeof HistoryFailure];

/** The failure as data, so a feature can say it in the page's language (`reason` is the same in English). */
export type HistoryDetail =
  | { kind: "not-connected" }
  | { kind: "no-jetstream" }
  | { kind: "no-stream"; stream: string }
  /** withinS: the read's own deadline; absent when JetStream itself timed out */
  | { kind: "timeout"; withinS?: number }
  | { kind: "permission"; stream: string; text: string }
  /** the client's or the server's own words */
  | { kind: "other"; text: string };

export type RecentResult =
  | { ok: true; messages: StoredMessage[] }
  | { ok: false; failure: HistoryFailure; reason: string; detail?: HistoryDetail };

const fail = (failure: HistoryFailure, reason: string, detail?: HistoryDetail): RecentResult => ({ ok: false, failure, reason, detail });

export type RecentOptions = { stream: string; filter: string; perSubject: number; timeoutMs?: number; maxRead?: number };

/** Reading a very wide filter stops after this many stored messages (the newest ones). */
const MAX_READ = 20_000;

const decoder = new TextDecoder();

export function readRecentPerSubject(client: NatsClient, options: RecentOptions): Promise<RecentResult> {
  const nc = rawConnection(client);
  if (!nc || !client.isConnected()) return Promise.resolve(fail(HistoryFailure.NotConnected, "not connected to a NATS server", { kind: "not-connected" }));
  if (client.server()?.jetstream === false) return Promise.resolve(fail(HistoryFailure.NoJetStream, NO_JETSTREAM, { kind: "no-jetstream" }));
  return readRecentFrom(nc, options);
}

const NO_JETSTREAM = "JetStream is not enabled on this server";
const late = (timeoutMs: number) =>
  fail(HistoryFailure.Timeout, `JetStream did not deliver the history within ${timeoutMs / 1000} s`, { kind: "timeout", withinS: timeoutMs / 1000 });

// The last N messages of EACH subject matching the filter, in stream order.
// JetStream (2.9) has no "last N per subject" delivery: LastPerSubject gives one,
// a start sequence counted back from the end gives the last N of the whole
// stream, which starves quiet rooms when one room is busy. So: ask the stream how
// many messages match (subjects_filter), read them with an ordered consumer
// filtered on the pattern, and keep the newest N of each subject as they pass.
// The stream itself caps each subject (max_msgs_per_subject), which bounds the
// read; an extremely wide filter is cut to the newest `maxRead` stream messages.
export async function readRecentFrom(nc: NatsConnection, options: RecentOptions): Promise<RecentResult> {
  const { timeoutMs = 10_000 } = options;
  const run: Run = { timedOut: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // NOTE: the whole read races its deadline: while a cluster elects a new stream
  // leader, setting up the ordered consumer itself can wait far longer than any
  // of nats.ws's own timeouts, and a tab must not show "Loading" forever.
  const deadline = new Promise<RecentResult>((resolve) => {
    timer = setTimeout(() => {
      run.timedOut = true;
      run.messages?.stop();
      resolve(late(timeoutMs));
    }, timeoutMs);
  });
  try {
    return await Promise.race([read(nc, options, run), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

type Run = { timedOut: boolean; messages?: ConsumerMessages };

async function read(nc: NatsConnection, options: RecentOptions, run: Run): Promise<RecentResult> {
  const { stream, filter, perSubject, timeoutMs = 10_000, maxRead = MAX_READ } = options;
  try {
    const jsm = await nc.jetstreamManager({ checkAPI: false, timeout: timeoutMs });
    const info = await jsm.streams.info(stream, { subjects_filter: filter });
    const matching = Object.values(info.state.subjects ?? {}).reduce((a, b) => a + b, 0);
    if (matching === 0) return { ok: true, messages: [] };
    const startSeq = Math.max(info.state.first_seq, info.state.last_seq - maxRead + 1);
    const consumer = await nc.jetstream({ timeout: timeoutMs }).consumers.get(stream, {
      filterSubjects: filter,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: startSeq,
    });
    const kept = new Map<string, StoredMessage[]>();
    const messages = await consumer.consume({ max_messages: Math.min(matching, 500) });
    run.messages = messages;
    if (run.timedOut) messages.stop();
    let count = 0;
    for await (const m of messages) {
      keep(kept, toStored(m), perSubject);
      // pending counts what still matches after this one: 0 means we are at the end
      if (m.info.pending === 0 || ++count >= matching) break;
    }
    messages.stop();
    consumer.delete().catch(() => undefined);
    if (run.timedOut) return late(timeoutMs);
    return { ok: true, messages: [...kept.values()].flat().sort((a, b) => a.seq - b.seq) };
  } catch (err) {
    return describe(err, stream);
  }
}

function keep(kept: Map<string, StoredMessage[]>, m: StoredMessage, perSubject: number) {
  const list = kept.get(m.subject) ?? [];
  list.push(m);
  if (list.length > perSubject) list.shift();
  kept.set(m.subject, list);
}

function toStored(m: JsMsg): StoredMessage {
  let headers: Headers | undefined;
  let headerList: [string, string][] | undefined;
  if (m.headers) {
    headers = {};
    headerList = [];
    for (const k of m.headers.keys()) {
      headers[k] = m.headers.get(k);
      for (const v of m.headers.values(k)) headerList.push([k, v]);
    }
  }
  const data = m.data;
  return { seq: m.seq, subject: m.subject, text: decoder.decode(data), headers, time: Math.floor(m.info.timestampNanos / 1e6), data, headerList };
}

function describe(err: unknown, stream: string): RecentResult {
  const e = err as Error & { code?: string; api_error?: { err_code?: number } };
  const message = e?.message ?? String(err);
  if (e?.api_error?.err_code === 10059 || /stream not found/i.test(message)) {
    return fail(
      HistoryFailure.NoStream,
      `the stream ${stream} does not exist on this server (npm start creates it, or run: node scripts/chat-stream.mjs nats://<host>:4222)`,
      { kind: "no-stream", stream },
    );
  }
  if (e?.code === "503") return fail(HistoryFailure.NoJetStream, NO_JETSTREAM, { kind: "no-jetstream" });
  if (e?.code === "PERMISSIONS_VIOLATION" || /permission/i.test(message)) {
    return fail(HistoryFailure.PermissionDenied, `permission denied: this tab may not read the stream ${stream} (${message})`, {
      kind: "permission",
      stream,
      text: message,
    });
  }
  if (e?.code === "TIMEOUT") return fail(HistoryFailure.Timeout, "JetStream did not answer in time", { kind: "timeout" });
  if (e?.code === "CONNECTION_CLOSED" || e?.code === "DISCONNECT") return fail(HistoryFailure.NotConnected, "not connected to a NATS server", { kind: "not-connected" });
  return fail(HistoryFailure.Other, message, { kind: "other", text: message });
}
