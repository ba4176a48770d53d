import type { NatsClient } from "../../nats/nats-client";
import { frameBatch } from "../../ui/frame-batch";
import { startTicker } from "../../host/ticker";
import { PRESENCE } from "./chat-constants";
import type { Heartbeat } from "./chat-presence";
import { parseHeartbeat, presenceSubject } from "./chat-presence";

type Beats = { beat: Heartbeat; receivedAt: number }[];

/** One heartbeat per joined pattern, on that pattern's presence subject. */
export function announce(nc: NatsClient, beat: Heartbeat, subjects: string[] = beat.patterns) {
  const payload = JSON.stringify(beat);
  for (const pattern of subjects) {
    try {
      nc.publish(presenceSubject(pattern), payload);
    } catch {
      /* not connected: the next heartbeat tries again */
    }
  }
}

// Listens to everyone's heartbeats, sends ours every 2 s (a worker timer: not
// throttled in background tabs), and says goodbye when the page goes away so
// others see it at once rather than after the expiry.
export function startPresence(
  nc: NatsClient,
  current: () => Heartbeat,
  onBeats: (beats: Beats) => void,
  onTick: (now: number) => void,
): () => void {
  const batch = frameBatch<Beats[number]>(onBeats);
  // A newcomer should not wait a whole period to see who is here: we answer a
  // peer's first heartbeat at once (jittered, so a full room does not answer in lock-step).
  const lastHeard = new Map<string, number>();
  let answer: ReturnType<typeof setTimeout> | undefined;
  const greet = () => {
    answer ??= setTimeout(() => {
      answer = undefined;
      const me = current();
      if (me.patterns.length) announce(nc, { ...me, at: Date.now() });
    }, 20 + Math.random() * 200);
  };
  const sub = nc.subscribe(PRESENCE.subscription, (m) => {
    const beat = parseHeartbeat(m.text);
    if (!beat) return;
    const now = Date.now();
    const known = now - (lastHeard.get(beat.id) ?? -Infinity) <= PRESENCE.expiryMs;
    if (beat.leaving) lastHeard.delete(beat.id);
    else lastHeard.set(beat.id, now);
    if (!known && !beat.leaving && beat.id !== current().id) greet();
    batch.push({ beat, receivedAt: now });
  });
  const tick = () => {
    const now = Date.now();
    announce(nc, { ...current(), at: now });
    for (const [id, at] of lastHeard) if (now - at > PRESENCE.expiryMs) lastHeard.delete(id);
    onTick(now);
  };
  tick();
  const stopTicker = startTicker(PRESENCE.heartbeatMs, tick);
  const goodbye = () => {
    const me = current();
    announce(nc, { ...me, patterns: [], leaving: true, at: Date.now() }, me.patterns);
  };
  window.addEventListener("pagehide", goodbye);
  window.addEventListener("beforeunload", goodbye);
  return () => {
    window.removeEventListener("pagehide", goodbye);
    window.removeEventListener("beforeunload", goodbye);
    stopTicker();
    clearTimeout(answer);
    sub.unsubscribe();
    batch.stop();
  };
}
