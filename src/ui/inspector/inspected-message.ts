/** Everything the inspector shows of one message (the panels keep these for their recent rows). */
export type InspectedMessage = {
  subject: string;
  reply?: string;
  payload: Uint8Array;
  headers: readonly (readonly [string, string])[];
  receivedAt: number;
  /** the subscriptions of this tab that delivered it */
  deliveredBy?: readonly string[];
};

/**
 * `notKept`: the panel no longer keeps this message's payload, headers and reply (its memory is bounded):
 * that sentence is shown in their place, with what is still known (subject, time, deliveries).
 */
export type InspectorProps = { message: InspectedMessage; onClose: () => void; notKept?: string };
