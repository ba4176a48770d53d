import type { Messages } from "../../i18n/messages";
import type { ChatCodeText } from "./chat-code-text";

export default {
  variant: "Le client de chat : vos salons, votre nom, votre salon « Publier sur »",
  usage: "Lancez-le, puis tapez une ligne pour la publier sur le salon « Publier sur » ; /reply <texte> répond au dernier message reçu, dans son salon ; /fwd <sujet> le transfère.",
  notes: {
    postToReplaced: (p) =>
      p.typed
        ? `« Publier sur » contient ${p.typed}, que le panneau refuserait : les programmes publient sur ${p.by} à la place.`
        : `« Publier sur » est vide : les programmes publient sur ${p.by}.`,
    nameNotChosen: (p) => `Aucun nom choisi dans cet onglet : les programmes publient sous le nom ${p.name}.`,
    noRooms: (p) => `Cet onglet n'est dans aucun salon : les programmes n'affichent rien tant que vous n'en rejoignez pas un (ou ne l'ajoutez pas à ${p.rooms}).`,
  },
} satisfies Messages<ChatCodeText>;
