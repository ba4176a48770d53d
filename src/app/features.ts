import type { Feature } from "./feature";
import { counterFeature } from "../features/counter/counter-feature";

// Only built panels get a tab. Order here is the order of the tabs.
export const features: Feature[] = [counterFeature];
