import type { NatsClient } from "../../nats/nats-client";
import { startTicker } from "../../host/ticker";
import { MSG_ID_HEADER } from "./attribution";

const tabId = Math.random().toString(36).slice(2, 10);
let seq = 0;

// Every message this app publishes carries a unique id, so a tab receiving it
// through several subscriptions groups those deliveries exactly.
export function publishTagged(client: NatsClient, subject: string, payload: string) {
  client.publish(subject, payload, { headers: { [MSG_ID_HEADER]: `${tabId}.${++seq}` } });
}

export type Outgoing = { subject: string; payload: string };

export function startAutoPublisher(
  client: NatsClient,
  everyMs: number,
  next: () => Outgoing,
  onSent: (subject: string) => void,
  onError: (message: string) => void,
): () => void {
  return startTicker(everyMs, () => {
    const out = next();
    try {
      publishTagged(client, out.subject, out.payload);
      onSent(out.subject);
    } catch (err) {
      onError((err as Error).message);
    }
  });
}
