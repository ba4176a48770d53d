import type { Cancel, Scheduler } from "../../host/host";
import type { NatsClient } from "../../nats/nats-client";
import type { HistoryDetail, RecentOptions, RecentResult, StoredMessage } from "../../nats/jetstream-history";
import { HistoryFailure } from "../../nats/jetstream-history";
import { intersectPatterns } from "../../subjects/pattern-overlap";
import { CHAT } from "./chat-constants";
import { payloadText } from "./chat-payload";
import type { Delivery } from "./chat-timeline";

/** Reads the stream (readRecentPerSubject; a test gives its own). */
export type HistoryReader = (client: NatsClient, options: RecentOptions) => Promise<RecentResult>;

// The one retry policy of the history: a read that timed out (a cluster electing
// a stream leader, a node catching up) is tried again later, less and less often,
// while the room stays joined; a refusal or a missing stream is final.
export const HISTORY_RETRY_MS = [5_000, 10_000, 20_000, 30_000, 30_000, 30_000];
// A stream that has just come back (a leader elected, nodes restarted) can answer
// before it has applied all it stored: seen in e2e, 2 of 3 stored messages read
// right after a lost quorum came back. So a read that succeeded after a timeout is
// made once more, quietly, this much later; what it adds merges like any read.
const HISTORY_CONFIRM_MS = 5_000;
const READ_TIMEOUT_MS = 5000;

/** What the status line shows for one subscription's history. */
export type HistoryState =
  | { state: "loading" }
  | { state: "loaded"; count: number }
  | { state: "outside" }
  | { state: "unavailable"; detail: HistoryDetail; /** seconds until the read is tried again */ retryInS?: number };

export type HistoryEvent =
  | { kind: "loading" }
  | { kind: "outside" }
  | { kind: "loaded"; deliveries: Delivery[]; /** local time the read was asked for */ requestedAt: number }
  | { kind: "unavailable"; failure: HistoryFailure; detail: HistoryDetail; /** seconds until the next try, if any */ retryInS?: number };

/** The stream (or JetStream itself) is not there: nothing will be stored until it is defined. */
export const streamGone = (failure: HistoryFailure) => failure === HistoryFailure.NoStream || failure === HistoryFailure.NoJetStream;

export type HistoryReads = {
  /** reads the room's history now (again), forgetting any retry it had pending */
  read(pattern: string): void;
  /** the room was left: its pending retry is cancelled, a read under way is ignored */
  forget(pattern: string): void;
  stop(): void;
};

type Deps = { client: NatsClient; scheduler: Scheduler; reader: HistoryReader; onEvent(pattern: string, event: HistoryEvent): void };

/** A stored message reads like a live one: its text (or bytes), its headers; a stream keeps no reply subject. */
function fromStream(pattern: string, m: StoredMessage): Delivery {
  const p = payloadText(m.data);
  return { pattern, subject: m.subject, text: p.text, binary: p.binary, at: m.time, seq: m.seq, wire: { data: m.data, headers: m.headerList } };
}

// One read at a time counts per room: a read started later (a reconnect, a retry)
// makes an earlier one's answer stale.
export function createHistoryReads({ client, scheduler, reader, onEvent }: Deps): HistoryReads {
  const reads = new Map<string, { retry?: Cancel }>();
  let stopped = false;

  function forget(pattern: string) {
    reads.get(pattern)?.retry?.();
    reads.delete(pattern);
  }

  async function read(pattern: string, attempt: number, confirming = false) {
    forget(pattern);
    // The stream keeps chat.> only: a pattern wider than that (`>`, `*.general`)
    // reads its intersection with chat.>, one outside it has no history at all.
    const filter = intersectPatterns(pattern, CHAT.streamSubjects);
    if (filter === undefined) return onEvent(pattern, { kind: "outside" });
    const current: { retry?: Cancel } = {};
    reads.set(pattern, current);
    if (!confirming) onEvent(pattern, { kind: "loading" });
    const requestedAt = scheduler.now();
    const r = await reader(client, { stream: CHAT.stream, filter, perSubject: CHAT.historyPerRoom, timeoutMs: READ_TIMEOUT_MS });
    if (stopped || reads.get(pattern) !== current) return;
    if (r.ok) {
      reads.delete(pattern);
      const deliveries = r.messages.map((m) => fromStream(pattern, m));
      onEvent(pattern, { kind: "loaded", deliveries, requestedAt });
      if (attempt > 0 && !confirming) reads.set(pattern, { retry: scheduler.setTimeout(() => void read(pattern, 0, true), HISTORY_CONFIRM_MS) });
      return;
    }
    // the read it confirms stands
    if (confirming) return void reads.delete(pattern);
    const wait = r.failure === HistoryFailure.Timeout ? HISTORY_RETRY_MS[attempt] : undefined;
    if (wait === undefined) reads.delete(pattern);
    else current.retry = scheduler.setTimeout(() => void read(pattern, attempt + 1), wait);
    // a reader that gives no detail (a test's) is said with its own words
    const detail = r.detail ?? { kind: "other", text: r.reason };
    onEvent(pattern, { kind: "unavailable", failure: r.failure, detail, retryInS: wait && wait / 1000 });
  }

  return {
    read: (pattern) => void read(pattern, 0),
    forget,
    stop() {
      stopped = true;
      for (const pattern of [...reads.keys()]) forget(pattern);
    },
  };
}
