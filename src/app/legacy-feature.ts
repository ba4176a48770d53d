import { createElement } from "react";
import type { ComponentType } from "react";
import type { FeatureEntry } from "../features/feature";
import type { NatsClient } from "../nats/nats-client";

// TEMPORARY: a feature not yet turned into a controller (start(client) → stop).
export type LegacyFeature = { id: string; label: string; Panel: ComponentType; start: (client: NatsClient) => () => void };

export function legacyFeature(f: LegacyFeature): FeatureEntry {
  return {
    id: f.id,
    label: f.label,
    start({ client }) {
      const stop = f.start(client);
      return { id: f.id, label: f.label, view: createElement(f.Panel), stop };
    },
  };
}
