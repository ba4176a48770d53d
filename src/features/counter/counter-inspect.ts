import type { InspectedMessage } from "../../ui/inspector/MessageInspector";
import type { KeptLimits, Wire } from "../../ui/inspector/kept";
import type { Received } from "./counter-store";
import { HISTORY_SIZE } from "./counter-store";

// The 20 values shown, within 8 MB: lab values are a few bytes each, and eight
// values at the server's max_payload (1 MB) already fill it.
export const KEPT: KeptLimits = { maxBytes: 8 * 1024 * 1024, maxRows: HISTORY_SIZE };

/** Why the inspector shows no payload: data, said in the page's language by the view. */
export type NotKept = { kind: "not-kept"; rows: number; megabytes: number };

export type Inspection = { message: InspectedMessage; notKept?: NotKept };

const NOTHING = new Uint8Array(0);

/** A value for the inspector: the row's facts, with its payload, headers and reply if still kept. */
export function inspectionOf(r: Received, wire: Wire | undefined, subscription: string, limits: KeptLimits = KEPT): Inspection {
  const facts = { subject: r.subject, receivedAt: r.at, deliveredBy: [subscription] };
  if (!wire) {
    return {
      message: { ...facts, payload: NOTHING, headers: [] },
      notKept: { kind: "not-kept", rows: limits.maxRows, megabytes: limits.maxBytes / (1024 * 1024) },
    };
  }
  return { message: { ...facts, payload: wire.data, headers: wire.headers ?? [], reply: wire.reply } };
}
