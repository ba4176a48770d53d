import { defineFeature } from "../feature";
import { NetworkPanel } from "./NetworkPanel";
import { createNetwork } from "./network-controller";

export const networkFeature = defineFeature({ id: "network", label: "Network", Panel: NetworkPanel, start: createNetwork });
