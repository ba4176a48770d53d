import type { NatsClient } from "../../nats/nats-client";
import { frameBatch } from "../../ui/frame-batch";
import { startTicker } from "../../ui/ticker";
import type { CounterSettings } from "./counter-logic";
import { PUBLISHER_HEADER, PUBLISHER_ID_HEADER, readPayload, STEP_HEADER, UNKNOWN_PUBLISHER } from "./counter-logic";
import type { Incoming } from "./counter-store";

// Subscribes to the counter subject; hands messages over in per-frame batches.
export function startCounterSubscription(
  nc: NatsClient,
  subject: string,
  onBatch: (batch: Incoming[]) => void,
  onError: (message: string) => void,
  onReady: () => void,
): () => void {
  const batch = frameBatch(onBatch);
  // a replaced subscription's late answer is not about the subject listened to now
  let stopped = false;
  const sub = nc.subscribe(
    subject,
    (m) => {
      const h = m.headers;
      const publisher = h?.[PUBLISHER_HEADER] || UNKNOWN_PUBLISHER;
      const step = Number(h?.[STEP_HEADER]);
      batch.push({
        at: Date.now(),
        subject: m.subject,
        publisher,
        publisherKey: h?.[PUBLISHER_ID_HEADER] || publisher,
        step: Number.isFinite(step) && step !== 0 ? step : undefined,
        reading: readPayload(m.text),
      });
    },
    { onError: (e) => stopped || onError(e.message) },
  );
  sub.ready().then(
    () => stopped || onReady(),
    () => undefined, // a refusal reaches onError
  );
  return () => {
    stopped = true;
    sub.unsubscribe();
    batch.stop();
  };
}

export type PublisherIdentity = { name: string; id: string };

// Publishes start, start+step, … every intervalMs. The value is decimal text,
// exactly what the lab's Python publisher sends, so any client can read it.
export function startCounterPublisher(
  nc: NatsClient,
  settings: CounterSettings,
  who: PublisherIdentity,
  firstValue: number,
  onPublished: (value: number) => void,
  onError: (message: string) => void,
): () => void {
  let value = firstValue;
  const headers = {
    [PUBLISHER_HEADER]: who.name,
    [PUBLISHER_ID_HEADER]: who.id,
    [STEP_HEADER]: String(settings.step),
  };
  const publishOne = () => {
    try {
      nc.publish(settings.subject, String(value), { headers });
      onPublished(value);
      value += settings.step;
    } catch (err) {
      onError((err as Error).message);
    }
  };
  publishOne();
  return startTicker(settings.intervalMs, publishOne);
}
