import type { FeatureEntry } from "../features/feature";

/** A panel of the app: its code is a chunk of its own, loaded the first time the panel is opened. */
export type PanelEntry = { id: string; load: () => Promise<FeatureEntry> };

// Order here is the order of the tabs.
export const panels: PanelEntry[] = [
  { id: "counter", load: () => import("../features/counter/counter-feature").then((m) => m.counterFeature) },
  { id: "subjects", load: () => import("../features/subjects/subjects-feature").then((m) => m.subjectsFeature) },
  { id: "hotline", load: () => import("../features/hotline/hotline-feature").then((m) => m.hotlineFeature) },
  { id: "chat", load: () => import("../features/chat/chat-feature").then((m) => m.chatFeature) },
  { id: "network", load: () => import("../features/network/network-feature").then((m) => m.networkFeature) },
];
