import type { InspectedMessage } from "../../ui/inspector/MessageInspector";
import { CHAT } from "./chat-constants";
import type { KeptLimits, Wire } from "../../ui/inspector/kept";
import type { ChatEntry } from "./chat-timeline";

// 8 MB: eight messages at the server's max_payload (1 MB), or all 2 000 rows of the
// timeline at 4 KB each; chat-flood's 20 000 short messages leave 2 000 rows kept,
// 87 KB of payloads, ~0.85 MB of heap with their copies (Node, measured).
export const KEPT: KeptLimits = { maxBytes: 8 * 1024 * 1024, maxRows: CHAT.maxEntries };

/** Why the inspector shows no payload: data, said in the page's language by the view. */
export type NotKept = { kind: "not-kept"; rows: number; megabytes: number };

export type Inspection = { message: InspectedMessage; notKept?: NotKept };

const NOTHING = new Uint8Array(0);

/** A message for the inspector: the row's facts, with the wire of its first delivery if it is still kept. */
export function inspectionOf(e: ChatEntry, wire: Wire | undefined, limits: KeptLimits = KEPT): Inspection {
  const facts = { subject: e.subject, receivedAt: e.time, deliveredBy: [...e.via] };
  if (!wire) {
    return {
      message: { ...facts, payload: NOTHING, headers: [] },
      notKept: { kind: "not-kept", rows: limits.maxRows, megabytes: limits.maxBytes / (1024 * 1024) },
    };
  }
  return { message: { ...facts, payload: wire.data, headers: wire.headers ?? [], reply: wire.reply } };
}
