import type { Messages } from "../../i18n/messages";
import type { HotlineCodeText } from "./hotline-code-text";

export default {
  variants: {
    agent: "L'agent : répond à la hotline dans le groupe",
    requester: "Le demandeur : interroge la hotline",
  },
  replaced: (p) => `Le panneau refuse certains de ses réglages tels qu'ils sont saisis : les programmes utilisent ${p.list} à la place.`,
  settings: {
    subject: (p) => `le sujet ${p.by}`,
    agent: (p) => `le nom d'agent ${p.by}`,
    timeout: (p) => `un délai de ${p.by} ms`,
  },
} satisfies Messages<HotlineCodeText>;
