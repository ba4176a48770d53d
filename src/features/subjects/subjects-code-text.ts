import { defineMessages } from "../../i18n/messages";
import type { CodeVariantId } from "./subjects-code-settings";

export const subjectsCodeEn = {
  variants: {
    subscriptions: "Subscribe: one callback per active pattern of this tab",
    publisher: "Publish: the Subject field's message",
  } satisfies Record<CodeVariantId, string>,
};

export type SubjectsCodeText = typeof subjectsCodeEn;

export const subjectsCodeText = defineMessages(subjectsCodeEn, () => import("./subjects-code-text.fr"));
