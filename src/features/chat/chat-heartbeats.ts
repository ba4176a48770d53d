import type { Cancel, Host } from "../../host/host";
import { Batch, createBatcher } from "../../nats/batching";
import type { NatsClient } from "../../nats/nats-client";
import { subscribeBatched } from "../../nats/subscribe-batched";
import { PRESENCE } from "./chat-constants";
import type { Heartbeat } from "./chat-presence";
import { parseHeartbeat, presenceSubject } from "./chat-presence";
import type { Beat } from "./chat-store";

export type Heartbeats = {
  /** says at once who we are and what we listen to; `subjects`: the patterns to say it on (ours by default) */
  announce(subjects?: string[]): void;
  stop(): void;
};

type Deps = {
  client: NatsClient;
  host: Host;
  /** who we are and what we listen to, right now */
  current(): Omit<Heartbeat, "at">;
  onBeats(beats: Beat[]): void;
  /** every heartbeat period: the peers silent for longer than the expiry (a crashed tab) */
  onGone(ids: string[]): void;
};

// Listens to everyone's heartbeats, sends ours every 2 s (host.every: in a tab, a
// worker timer that background tabs do not throttle), and says goodbye when the
// page goes away so others see it at once rather than after the expiry.
export function startHeartbeats({ client, host, current, onBeats, onGone }: Deps): Heartbeats {
  function send(beat: Heartbeat, subjects: string[] = beat.patterns) {
    const payload = JSON.stringify(beat);
    for (const pattern of subjects) {
      try {
        client.publish(presenceSubject(pattern), payload);
      } catch {
        /* the offline buffer is full: the next heartbeat tries again */
      }
    }
  }
  const announce = (subjects?: string[]) => send({ ...current(), at: host.now() }, subjects);

  // When each peer was last heard, by our own clock (expiry must not depend on theirs).
  // A newcomer should not wait a whole period to see who is here: we answer a
  // peer's first heartbeat at once (jittered, so a full room does not answer in lock-step).
  const lastHeard = new Map<string, number>();
  let answer: Cancel | undefined;
  const greet = () => {
    answer ??= host.setTimeout(() => {
      answer = undefined;
      if (current().patterns.length) announce();
    }, 20 + Math.random() * 200);
  };
  const beats = createBatcher<Beat>(
    Batch.perFrame,
    (batch) => {
      const me = current().id;
      for (const { beat, receivedAt } of batch) {
        const known = receivedAt - (lastHeard.get(beat.id) ?? -Infinity) <= PRESENCE.expiryMs;
        if (beat.leaving) lastHeard.delete(beat.id);
        else lastHeard.set(beat.id, receivedAt);
        if (!known && !beat.leaving && beat.id !== me) greet();
      }
      onBeats(batch);
    },
    host,
  );
  const sub = subscribeBatched(client, PRESENCE.subscription, {
    into: beats,
    map: (m) => {
      const beat = parseHeartbeat(m.text);
      // our clock, not the sender's: expiry must not depend on their clock
      return beat && { beat, receivedAt: host.now() };
    },
  });

  const tick = () => {
    const now = host.now();
    announce();
    const gone: string[] = [];
    for (const [id, at] of lastHeard) {
      if (now - at <= PRESENCE.expiryMs) continue;
      lastHeard.delete(id);
      gone.push(id);
    }
    if (gone.length) onGone(gone);
  };
  tick();
  const stopTicking = host.every(PRESENCE.heartbeatMs, tick);
  const stopWaiting = host.onLeave(() => {
    const me = current();
    send({ ...me, patterns: [], leaving: true, at: host.now() }, me.patterns);
  });
  return {
    announce,
    stop() {
      stopWaiting();
      stopTicking();
      answer?.();
      sub.stop();
      beats.stop();
    },
  };
}
