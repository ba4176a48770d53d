import type { Feature } from "../../app/feature";
import { HotlinePanel } from "./HotlinePanel";

export const hotlineFeature: Feature = { id: "hotline", label: "Hotline", Panel: HotlinePanel, start: () => () => undefined };
