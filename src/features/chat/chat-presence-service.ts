import type { NatsClient } from "../../nats/nats-client";
import { frameBatch } from "../../ui/frame-batch";
import { startTicker } from "../../ui/ticker";
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
  const sub = nc.subscribe(PRESENCE.subscription, (m) => {
    const beat = parseHeartbeat(m.text);
    if (beat) batch.push({ beat, receivedAt: Date.now() });
  });
  const tick = () => {
    announce(nc, { ...current(), at: Date.now() });
    onTick(Date.now());
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
    sub.unsubscribe();
    batch.stop();
  };
}
