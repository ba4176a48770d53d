import type { NatsClient } from "../../nats/nats-client";
import { readRecentPerSubject } from "../../nats/jetstream-history";
import { RequestFailure } from "../../nats/errors";
import type { BusError } from "../../nats/errors";
import { CHAT } from "./chat-constants";
import { matches } from "../../subjects/subject-match";
import type { Wire } from "./chat-checks";
import type { Delivery } from "./chat-timeline";
import { intersectPatterns } from "./pattern-overlap";

// NATS work of the chat, no React: one real subscription per joined pattern,
// publishing, and the history read.

export type RoomSubscription = { ready: Promise<void>; stop(): void };

export function subscribeRoom(
  nc: NatsClient,
  pattern: string,
  onDelivery: (d: Delivery) => void,
  onError: (message: string) => void,
): RoomSubscription {
  const sub = nc.subscribe(
    pattern,
    (m) => {
      if (m.status) return;
      onDelivery({ pattern, subject: m.subject, text: m.text, at: Date.now() });
    },
    { onError: (e) => onError(e.message) },
  );
  return { ready: sub.ready(), stop: () => sub.unsubscribe() };
}

/**
 * Throws a BusError (too large, offline buffer full…) with a message for people.
 * With a history stream, the post is a JetStream publish: it waits for the
 * stream's acknowledgement and is sent again (same Nats-Msg-Id, so stored once,
 * shown once) until the stream has it — a plain publish made while a cluster
 * elects a new stream leader reaches the live tabs but never the history.
 */
export function publishWire(nc: NatsClient, wire: Wire, stored = false) {
  const kept = matches(CHAT.streamSubjects, wire.subject);
  if (!stored || !kept || !nc.isConnected()) {
    nc.publish(wire.subject, wire.payload, { headers: wire.headers });
    return;
  }
  void publishUntilStored(nc, wire);
}

const STORE_ATTEMPTS = 8;

async function publishUntilStored(nc: NatsClient, wire: Wire) {
  for (let attempt = 1; attempt <= STORE_ATTEMPTS; attempt++) {
    try {
      await nc.request(wire.subject, wire.payload, { headers: wire.headers, timeoutMs: 2000 });
      return;
    } catch (err) {
      const kind = (err as BusError).kind;
      if (kind === RequestFailure.NotConnected) {
        // back to the offline buffer: it goes out, in order, on reconnect
        nc.publish(wire.subject, wire.payload, { headers: wire.headers });
        return;
      }
      if (kind !== RequestFailure.Timeout && kind !== RequestFailure.NoResponders) return;
      await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 3000)));
    }
  }
}

export type RoomHistory = { ok: true; deliveries: Delivery[] } | { ok: false; reason: string } | { ok: "outside" };

// The stream keeps chat.> only: a pattern wider than that (`>`, `*.general`)
// reads its intersection with chat.>, one outside it has no history at all.
export async function loadRoomHistory(nc: NatsClient, pattern: string): Promise<RoomHistory> {
  const filter = intersectPatterns(pattern, CHAT.streamSubjects);
  if (filter === undefined) return { ok: "outside" };
  // A cluster node that is rejoining may not answer JetStream calls for a few
  // seconds: a read that timed out is tried again (a refusal is final).
  let r = await readRecentPerSubject(nc, { stream: CHAT.stream, filter, perSubject: CHAT.historyPerRoom, timeoutMs: 5000 });
  for (let attempt = 2; !r.ok && attempt <= 3 && /did not (answer|deliver)/.test(r.reason); attempt++) {
    r = await readRecentPerSubject(nc, { stream: CHAT.stream, filter, perSubject: CHAT.historyPerRoom, timeoutMs: 5000 });
  }
  if (!r.ok) return r;
  return { ok: true, deliveries: r.messages.map((m) => ({ pattern, subject: m.subject, text: m.text, at: m.time, seq: m.seq })) };
}
