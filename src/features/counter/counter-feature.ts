import { defineFeature } from "../feature";
import { CounterPanel } from "./CounterPanel";
import { createCounter } from "./counter-controller";

export const counterFeature = defineFeature({ id: "counter", label: "Counter", Panel: CounterPanel, start: createCounter });
