import { ALL_VIEW, PRESENCE } from "./chat-constants";
import { patternsOverlap } from "../../subjects/pattern-overlap";

// Presence lives in its own subject space (presence.chat.…), so a chat.> view
// never shows it. A tab says who it is and what it listens to every 2 s; a peer
// not heard from for 6 s is gone (a crashed tab too), a closing tab says so.
export type Heartbeat = { id: string; name: string; patterns: string[]; at: number; leaving?: boolean };
/** What is shown of a peer. When it was last heard is not shown: the heartbeats keep it (chat-heartbeats.ts). */
export type Peer = { id: string; name: string; patterns: string[] };
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
const samePatterns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * Who is here after these heartbeats. A class's tabs beat every 2 s: a beat that
 * changes nothing shown (most of them) returns the same object, so nothing
 * re-renders and a beat costs O(1), however many peers there are.
 */
export function applyHeartbeats(peers: Peers, beats: { beat: Heartbeat }[]): Peers {
  let out: Peers | undefined;
  for (const { beat } of beats) {
    const known = (out ?? peers)[beat.id];
    if (beat.leaving || beat.patterns.length === 0) {
      if (!known) continue;
      out ??= { ...peers };
      delete out[beat.id];
    } else if (!known || known.name !== beat.name || !samePatterns(known.patterns, beat.patterns)) {
      out ??= { ...peers };
      out[beat.id] = { id: beat.id, name: beat.name, patterns: beat.patterns };
    }
  }
  return out ?? peers;
}

/** Peers not heard from for the expiry (a crashed tab): gone. */
export function dropPeers(peers: Peers, gone: readonly string[]): Peers {
  if (!gone.some((id) => id in peers)) return peers;
  const out = { ...peers };
  for (const id of gone) delete out[id];
  return out;
}

/** Who could read a message posted in this view: peers listening to a subject the view covers. */
export function onlineIn(peers: Peers, view: string, myPatterns: string[]): Peer[] {
  const scope = view === ALL_VIEW ? myPatterns : [view];
  return Object.values(peers)
    .filter((p) => p.patterns.some((theirs) => scope.some((mine) => patternsOverlap(mine, theirs))))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
