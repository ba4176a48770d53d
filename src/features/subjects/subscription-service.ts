import type { BusSubscription, NatsClient } from "../../nats/nats-client";
import { toBusError } from "../../nats/errors";
import type { SubRef } from "./attribution";
import type { Incoming } from "./subjects-engine";

export type LiveSub = { ref: SubRef; bus: BusSubscription; /** when the server confirmed the SUB */ since?: number };

export type SubEvents = { onReady: (since: number) => void; onRefused: (reason: string) => void };

// One pattern = one real NATS subscription of this tab. Its callback only
// hands the message over; all work happens once per frame in the engine.
export function openSubscription(
  client: NatsClient,
  base: Omit<SubRef, "sid">,
  push: (item: Incoming) => void,
  events: SubEvents,
): LiveSub {
  let ref: SubRef | undefined;
  const bus = client.subscribe(base.pattern, (m) => push({ sub: ref!, m, at: Date.now() }), {
    onError: (e) => events.onRefused(e.message),
  });
  ref = { ...base, sid: bus.sid };
  const live: LiveSub = { ref, bus };
  bus.ready().then(
    () => {
      if (!bus.isClosed()) events.onReady(Date.now());
    },
    (e: unknown) => events.onRefused(toBusError(e, base.pattern).message),
  );
  return live;
}
