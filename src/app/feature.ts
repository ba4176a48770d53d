import type { ComponentType } from "react";
import type { NatsClient } from "../nats/nats-client";

export type Feature = {
  /** the URL hash that opens it: #counter */
  id: string;
  /** the tab's visible name */
  label: string;
  Panel: ComponentType;
  /** starts the feature's services on the tab's connection; returns stop */
  start: (client: NatsClient) => () => void;
};
