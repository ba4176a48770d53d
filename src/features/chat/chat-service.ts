import type { NatsClient } from "../../nats/nats-client";
import { readRecentPerSubject } from "../../nats/jetstream-history";
import { CHAT } from "./chat-constants";
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

/** Throws a BusError (too large, not connected…) with a message for people. */
export function publishWire(nc: NatsClient, wire: Wire) {
  nc.publish(wire.subject, wire.payload, { headers: wire.headers });
}

export type RoomHistory = { ok: true; deliveries: Delivery[] } | { ok: false; reason: string } | { ok: "outside" };

// The stream keeps chat.> only: a pattern wider than that (`>`, `*.general`)
// reads its intersection with chat.>, one outside it has no history at all.
export async function loadRoomHistory(nc: NatsClient, pattern: string): Promise<RoomHistory> {
  const filter = intersectPatterns(pattern, CHAT.streamSubjects);
  if (filter === undefined) return { ok: "outside" };
  const r = await readRecentPerSubject(nc, { stream: CHAT.stream, filter, perSubject: CHAT.historyPerRoom });
  if (!r.ok) return r;
  return { ok: true, deliveries: r.messages.map((m) => ({ pattern, subject: m.subject, text: m.text, at: m.time, seq: m.seq })) };
}
