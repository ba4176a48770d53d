import type { Feature } from "../../app/feature";
import { CounterPanel } from "./CounterPanel";
import { startCounter } from "./counter-actions";

export const counterFeature: Feature = { id: "counter", label: "Counter", Panel: CounterPanel, start: startCounter };
