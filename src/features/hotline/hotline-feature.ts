import { defineFeature } from "../feature";
import { HotlinePanel } from "./HotlinePanel";
import { createHotline } from "./hotline-controller";

export const hotlineFeature = defineFeature({ id: "hotline", label: "Hotline", Panel: HotlinePanel, start: createHotline });
