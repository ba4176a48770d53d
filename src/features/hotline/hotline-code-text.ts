import { defineMessages } from "../../i18n/messages";
import type { CodeVariant, Replaced } from "./hotline-code-settings";

// The Hotline's Code region (HotlineCode.tsx), in English (French: hotline-code-text.fr.ts).
// Loaded with the region, not with the panel.
export const hotlineCodeEn = {
  variants: {
    agent: "The agent: answers the hotline in the queue group",
    requester: "The requester: asks the hotline",
  } satisfies Record<CodeVariant, string>,
  replaced: (p: { list: string }) => `The panel refuses some of its settings as typed: the programs use ${p.list} instead.`,
  settings: {
    subject: (p: { by: string }) => `the subject ${p.by}`,
    agent: (p: { by: string }) => `the agent name ${p.by}`,
    timeout: (p: { by: string }) => `a timeout of ${p.by} ms`,
  } satisfies Record<Replaced["setting"], (p: { by: string }) => string>,
};

export type HotlineCodeText = typeof hotlineCodeEn;

export const hotlineCodeText = defineMessages(hotlineCodeEn, () => import("./hotline-code-text.fr"));
