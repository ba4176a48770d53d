import { ALL_VIEW, PRESENCE } from "./chat-constants";
import { patternsOverlap } from "../../subjects/pattern-overlap";

// Presence lives in its own subject space (presence.chat.…), so a chat.> view
// never shows it. A tab says who it is and what it listens to every 2 s; a peer
// not heard from for 6 s is gone (a crashed tab too), a closing tab says so.
export type Heartbeat = { id: string; name: string; patterns: string[]; at: number; leaving?: boolean };
export type Peer = { id: string; name: string; patterns: string[]; lastSeen: number };
export type Peers = Record<string, Peer>;

const MAX_PATTERNS = 50;

/** presence.chat.general for chat.general; wildcard tokens are spelled out (_any for *, _all for >). */
export function presenceSubject(pattern: string): string {
  const tokens = pattern.split(".").map((t) => (t === "*" ? "_any" : t === ">" ? "_all" : t));
  return `${PRESENCE.prefix}${tokens.join(".")}`;
}

export function parseHeartbeat(text: string): Heartbeat | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.id !== "string" || !o.id || typeof o.name !== "string" || !Array.isArray(o.patterns)) return undefined;
  const patterns = o.patterns.filter((p): p is string => typeof p === "string").slice(0, MAX_PATTERNS);
  return { id: o.id.slice(0, 64), name: o.name.slice(0, 100), patterns, at: Number(o.at) || 0, leaving: o.leaving === true };
}

/** `receivedAt` is our clock, not the sender's: expiry must not depend on their clock. */
export function applyHeartbeats(peers: Peers, beats: { beat: Heartbeat; receivedAt: number }[]): Peers {
  const out = { ...peers };
  for (const { beat, receivedAt } of beats) {
    if (beat.leaving || beat.patterns.length === 0) delete out[beat.id];
    else out[beat.id] = { id: beat.id, name: beat.name, patterns: beat.patterns, lastSeen: receivedAt };
  }
  return out;
}

export function expirePeers(peers: Peers, now: number, expiryMs: number = PRESENCE.expiryMs): Peers {
  const stale = Object.values(peers).filter((p) => now - p.lastSeen > expiryMs);
  if (stale.length === 0) return peers;
  const out = { ...peers };
  for (const p of stale) delete out[p.id];
  return out;
}

/** Who could read a message posted in this view: peers listening to a subject the view covers. */
export function onlineIn(peers: Peers, view: string, myPatterns: string[]): Peer[] {
  const scope = view === ALL_VIEW ? myPatterns : [view];
  return Object.values(peers)
    .filter((p) => p.patterns.some((theirs) => scope.some((mine) => patternsOverlap(mine, theirs))))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
