import { defineMessages } from "../../i18n/messages";
import type { CounterCodeVariant, Replaced } from "./counter-code-settings";

// The Counter's Code region (CounterCode.tsx), in English (French: counter-code-text.fr.ts).
// Loaded with the region, not with the panel.
export const counterCodeEn = {
  variants: {
    publisher: "The publisher: sends the counter",
    subscriber: "The subscriber: prints each value, flags missed ones",
  } satisfies Record<CounterCodeVariant, string>,
  replaced: (p: { list: string }) => `The panel refuses some of its settings as typed: the programs use ${p.list} instead.`,
  settings: {
    subject: (p: { by: string }) => `the subject ${p.by}`,
    intervalMs: (p: { by: string }) => `an interval of ${p.by} ms`,
    step: (p: { by: string }) => `a step of ${p.by}`,
    start: (p: { by: string }) => `a start value of ${p.by}`,
  } satisfies Record<Replaced["setting"], (p: { by: string }) => string>,
};

export type CounterCodeText = typeof counterCodeEn;

export const counterCodeText = defineMessages(counterCodeEn, () => import("./counter-code-text.fr"));
