import type { Messages } from "../../i18n/messages";
import type { CounterCodeText } from "./counter-code-text";

export default {
  variants: {
    publisher: "L'éditeur : publie le compteur",
    subscriber: "L'abonné : affiche chaque valeur, signale celles qui manquent",
  },
  replaced: (p) => `Le panneau refuse certains de ses réglages tels qu'ils sont saisis : les programmes utilisent ${p.list} à la place.`,
  settings: {
    subject: (p) => `le sujet ${p.by}`,
    intervalMs: (p) => `un intervalle de ${p.by} ms`,
    step: (p) => `un pas de ${p.by}`,
    start: (p) => `une valeur de départ de ${p.by}`,
  },
} satisfies Messages<CounterCodeText>;
