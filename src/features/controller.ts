import type { Host } from "../host/host";
import type { NatsClient } from "../nats/nats-client";

/** What every feature's controller is created with: the connection, and the place it runs in. */
export type FeatureDeps = { client: NatsClient; host: Host };

/** A running feature: owns its subscriptions, timers and retries; stop() ends all of them. */
export type Controller = { stop(): void };
