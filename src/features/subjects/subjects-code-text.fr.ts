import type { Messages } from "../../i18n/messages";
import type { SubjectsCodeText } from "./subjects-code-text";

export default {
  variants: {
    subscriptions: "S'abonner : un callback par motif actif de cet onglet",
    publisher: "Publier : le message du champ Sujet",
  },
} satisfies Messages<SubjectsCodeText>;
