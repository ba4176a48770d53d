import { RequestStrategy } from "nats.ws";
import type { BusMessage, NatsClient, Payload } from "./nats-client";
import { BusError, toBusError } from "./errors";
import { encode, toBusMessage } from "./bus-message";
import { rawConnection } from "./wrap-connection";

/** Several servers may answer one request (a cluster answering a PING): collect until they go quiet. */
export type RequestManyOptions = { maxWaitMs: number; /** stop once nothing more came for this long after a reply */ quietMs: number };

// Every reply that came in time. Fails like a request when none did: no
// responders, a permission the server refused, not connected, timeout.
export async function requestMany(client: NatsClient, subject: string, data: Payload, options: RequestManyOptions): Promise<BusMessage[]> {
  const nc = rawConnection(client);
  if (!nc || !client.isConnected()) throw new BusError({ kind: "request-offline", subject });
  const replies: BusMessage[] = [];
  try {
    const it = await nc.requestMany(subject, encode(data), { strategy: RequestStrategy.JitterTimer, maxWait: options.maxWaitMs, jitter: options.quietMs });
    for await (const m of it) {
      const reply = toBusMessage(m);
      if (reply.status?.code === 503) throw new BusError({ kind: "no-responders", subject });
      replies.push(reply);
    }
  } catch (err) {
    throw toBusError(err, subject, nc.info?.max_payload);
  }
  if (replies.length === 0) throw new BusError({ kind: "timeout", subject });
  return replies;
}
