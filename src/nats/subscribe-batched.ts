import type { Batcher } from "./batching";
import type { BusMessage, NatsClient } from "./nats-client";
import { BusError, toBusError } from "./errors";

/** How a subscription ended up: confirmed by the server, refused by it, or stopped by us first. */
export type SubscriptionOutcome = "ready" | "refused" | "stopped";

export type BatchedSubscription = {
  readonly subject: string;
  readonly queue?: string;
  /** never rejects */
  readonly ready: Promise<SubscriptionOutcome>;
  /** unsubscribes on the server; what was already pushed stays in the batcher */
  stop(): void;
};

export type SubscribeHandlers<T> = {
  /** where deliveries go; several subscriptions may share one batcher, which keeps their order */
  into: Batcher<T>;
  /** turns a message into what the batch holds, in the NATS callback (keep it cheap); undefined drops it */
  map: (m: BusMessage) => T | undefined;
  /** the server has the subscription: from now on nothing published on it is missed */
  onReady?: () => void;
  /** the server refused it (permissions) or closed it; called once, never after stop() */
  onRefused?: (error: BusError) => void;
};

// The one way a feature subscribes. A subscription made before the tab's first
// connection is sent when it connects; nats.ws re-sends it after a reconnect
// (never subscribe twice). Callbacks never fire after stop().
export function subscribeBatched<T>(
  client: NatsClient,
  subject: string,
  { into, map, onReady, onRefused }: SubscribeHandlers<T>,
  options: { queue?: string } = {},
): BatchedSubscription {
  let settled = false;
  let stopped = false;
  let resolve!: (o: SubscriptionOutcome) => void;
  const ready = new Promise<SubscriptionOutcome>((r) => (resolve = r));
  const refuse = (error: BusError) => {
    if (stopped || settled) return;
    settled = true;
    resolve("refused");
    onRefused?.(error);
  };
  let bus;
  try {
    bus = client.subscribe(
      subject,
      (m) => {
        if (stopped) return;
        const item = map(m);
        if (item !== undefined) into.push(item);
      },
      { queue: options.queue, onError: (e) => refuse(e instanceof BusError ? e : toBusError(e, subject)) },
    );
  } catch (err) {
    settled = true;
    resolve("refused");
    const error = toBusError(err, subject);
    queueMicrotask(() => onRefused?.(error));
    return { subject, queue: options.queue, ready, stop: () => undefined };
  }
  const sub = bus;
  sub.ready().then(
    () => {
      if (stopped || settled) return;
      settled = true;
      resolve("ready");
      onReady?.();
    },
    (err: unknown) => refuse(toBusError(err, subject)),
  );
  return {
    subject,
    queue: options.queue,
    ready,
    stop() {
      if (stopped) return;
      stopped = true;
      if (!settled) resolve("stopped");
      settled = true;
      sub.unsubscribe();
    },
  };
}
