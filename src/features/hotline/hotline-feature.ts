import { legacyFeature } from "../../app/legacy-feature";
import type { NatsClient } from "../../nats/nats-client";
import { HotlinePanel } from "./HotlinePanel";
import { startAgentSide } from "./hotline-agent-actions";
import { startRequesterSide } from "./hotline-requester-actions";

function startHotline(client: NatsClient): () => void {
  const stops = [startAgentSide(client), startRequesterSide(client)];
  return () => stops.forEach((stop) => stop());
}

export const hotlineFeature = legacyFeature({ id: "hotline", label: "Hotline", Panel: HotlinePanel, start: startHotline });
