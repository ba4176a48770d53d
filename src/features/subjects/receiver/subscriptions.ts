import type { Host } from "../../../host/host";
import type { BusDetail } from "../../../nats/errors";
import type { Batcher } from "../../../nats/batching";
import type { NatsClient } from "../../../nats/nats-client";
import { subscribeBatched } from "../../../nats/subscribe-batched";
import type { BatchedSubscription } from "../../../nats/subscribe-batched";
import type { ActiveSub, SubRef } from "./attribution";
import type { Incoming } from "./deliveries";
import { SubState } from "./receiver-store";
import type { SubView } from "./receiver-store";

type Live = {
  ref: SubRef;
  sub?: BatchedSubscription;
  /** made before the tab's first connection: it goes out when the tab connects */
  waiting: boolean;
  /** when the server confirmed the SUB, or the connection came back */
  since?: number;
};

export type SubscriptionEvents = { onState(key: string, state: SubState, refusal?: BusDetail): void };

// One pattern = one real NATS subscription of this tab, all feeding one
// batcher. Each gets a local id when it is opened: attribution tells
// subscriptions apart by it (the server's sid is unknown before the first
// connection), and a resumed pattern is a new subscription with a new id.
export function createSubscriptions(client: NatsClient, host: Host, into: Batcher<Incoming>, { onState }: SubscriptionEvents) {
  const live = new Map<string, Live>();
  let active: ActiveSub[] = [];
  let ids = 0;
  let received = 0;

  const refreshActive = () => {
    active = [...live.values()].flatMap((l) => (l.since === undefined ? [] : [{ sub: l.ref, since: l.since }]));
  };

  function close(key: string) {
    const l = live.get(key);
    if (!l) return;
    live.delete(key);
    l.sub?.stop();
    refreshActive();
  }

  function open({ key, pattern, colour }: Pick<SubView, "key" | "pattern" | "colour">) {
    close(key);
    const ref: SubRef = { id: ++ids, key, pattern, colour };
    const entry: Live = { ref, waiting: client.server() === undefined };
    live.set(key, entry);
    onState(key, entry.waiting ? SubState.Waiting : SubState.Subscribing);
    entry.sub = subscribeBatched(client, pattern, {
      into,
      map: (m) => {
        received++;
        return { sub: ref, m, at: host.now() };
      },
      onReady: () => {
        if (live.get(key) !== entry) return;
        entry.since = host.now();
        refreshActive();
        onState(key, SubState.Active);
      },
      onRefused: (e) => {
        if (live.get(key) !== entry) return;
        close(key);
        onState(key, SubState.Refused, e.detail);
      },
    });
  }

  const unwatch = client.onStatus((status) => {
    if (status.type === "connected") {
      for (const [key, l] of live) {
        if (!l.waiting) continue;
        l.waiting = false;
        onState(key, SubState.Subscribing);
      }
    }
    // nats.ws re-sends our subscriptions after a reconnect; messages published
    // while they were being re-sent may rightly reach only some of them, so
    // "expected to deliver" restarts from the reconnection.
    if (status.type === "reconnected") {
      const now = host.now();
      for (const l of live.values()) if (l.since !== undefined) l.since = now;
      refreshActive();
    }
  });

  return {
    open,
    /** unsubscribes on the server; what it already delivered stays counted */
    close,
    /** deliveries handed to the batcher so far */
    received: () => received,
    /** the subscriptions that can be expected to deliver, and since when */
    active: (): readonly ActiveSub[] => active,
    stop() {
      unwatch();
      for (const key of [...live.keys()]) close(key);
    },
  };
}
