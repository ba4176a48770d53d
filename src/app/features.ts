import type { FeatureEntry } from "../features/feature";
import { counterFeature } from "../features/counter/counter-feature";
import { subjectsFeature } from "../features/subjects/subjects-feature";
import { hotlineFeature } from "../features/hotline/hotline-feature";
import { chatFeature } from "../features/chat/chat-feature";
import { networkFeature } from "../features/network/network-feature";

// Order here is the order of the tabs.
export const features: FeatureEntry[] = [counterFeature, subjectsFeature, hotlineFeature, chatFeature, networkFeature];
