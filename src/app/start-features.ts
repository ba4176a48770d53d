import type { NatsClient } from "../nats/nats-client";
import { features } from "./features";

export function startFeatures(client: NatsClient): () => void {
  const stops = features.map((f) => f.start(client));
  return () => stops.forEach((stop) => stop());
}
