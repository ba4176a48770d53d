import type { Messages } from "../../../i18n/messages";
import type { ReceiverText } from "./receiver-text";

const s = (n: number) => (n > 1 ? "s" : "");

// Le vocabulaire de la fiche de TD : s'abonner, abonnement, motif, sujet, mot, message reçu.
export default {
  separator: " ; ",
  subs: {
    title: "Abonnements de cet onglet",
    pattern: "Motif",
    patternHint: "* = exactement un mot, > = un mot ou plus, à la fin",
    subscribe: "S'abonner",
    none: "Aucun abonnement : ajoutez un motif pour recevoir des messages.",
    list: "Abonnements",
    totalsLabel: "Totaux",
    totals: (p, n) =>
      `${n(p.messages)} message${s(p.messages)} reçu${s(p.messages)}, ${n(p.deliveries)} livraison${s(p.deliveries)} — une par abonnement correspondant`,
    countFor: (p) => `Compte de ${p.pattern}`,
    countTitle: "messages livrés par cet abonnement",
    state: {
      waiting: "en attente de la connexion",
      subscribing: "abonnement en cours…",
      active: "abonné",
      paused: "en pause — désabonné sur le serveur",
      refused: "refusé par le serveur",
    },
    pause: "Suspendre",
    pauseFor: (p) => `Suspendre ${p.pattern}`,
    resume: "Reprendre",
    resumeFor: (p) => `Reprendre ${p.pattern}`,
    remove: "Retirer",
    removeFor: (p) => `Retirer ${p.pattern}`,
    duplicate: (p) => `${p.pattern} : déjà dans la liste — chaque motif est un abonnement`,
  },
  log: {
    title: "Journal des messages",
    clear: "Effacer le journal et l'arbre",
    intro: "Chaque message une seule fois, avec une étiquette pour chaque abonnement de cet onglet auquel le serveur l'a livré.",
    newest: (p, n) => `Les ${n(p.shown)} plus récents sont affichés (les ${n(p.kept)} derniers sont gardés) sur ${n(p.messages)}.`,
    empty: "Aucun message pour l'instant : publiez-en un, ou abonnez-vous à un motif qui correspond.",
    list: "Journal des messages",
    foreign: "externe",
    emptyPayload: "(vide)",
    receivedBy: "Reçu par",
    explain: "Expliquer",
    explainFor: (p) => `Expliquer ${p.subject}`,
    mismatch: "Désaccord :",
  },
  mismatch: {
    unexpected: (p) => `le serveur a livré '${p.subject}' à '${p.pattern}', mais selon la vérification locale '${p.pattern}' ne lui correspond pas`,
    missing: (p) => `selon la vérification locale, '${p.pattern}' correspond à '${p.subject}', mais son abonnement ne l'a pas reçu`,
    banner: (p, n) => `Désaccord d'attribution (${n(p.count)} message${s(p.count)}) :`,
    bannerEnd: ". Le journal montre les livraisons du serveur ; cela ne devrait jamais arriver — merci de signaler le sujet et le motif.",
  },
  tree: {
    title: "Arbre des sujets",
    intro:
      "Un nœud par mot des sujets reçus : les messages à ce niveau ou en dessous, la dernière donnée, et les motifs de cet onglet qui lui correspondent.",
    full: (p, n) => `Plein (${n(p.max)} nœuds) : les nouveaux sujets sont comptés dans leur parent.`,
    empty: "Vide jusqu'à l'arrivée d'un message.",
    label: "Arbre des mots",
    expand: (p) => `Déplier ${p.path}`,
    collapse: (p) => `Replier ${p.path}`,
    countTitle: "messages sur ce sujet ou en dessous",
    explainFor: (p) => `Expliquer ${p.path}`,
    more: (p, n) => `… ${n(p.count)} autres sujets`,
    notKept: (p, n) => `+${n(p.count)} messages sur des sujets non gardés (l'arbre garde au plus ${n(p.max)} nœuds)`,
  },
  explainer: {
    title: "Pourquoi ça correspond ?",
    open: "Ouvrir l'explication",
    close: "Fermer l'explication",
    closed: "Choisissez un sujet et un motif pour voir, mot par mot, pourquoi ils correspondent ou non.",
    subject: "Sujet à expliquer",
    subjectHint: "un sujet tel qu'il est publié : sans joker",
    pattern: "Motif à expliquer",
    result: "Explication de la correspondance",
    invalid: "Tapez un sujet et un motif valides pour voir, mot par mot, pourquoi ils correspondent ou non.",
    subsIntro: "Les motifs de cet onglet pour ce sujet (choisissez-en un pour l'expliquer) :",
    subsList: "Abonnements de cet onglet, vérifiés",
    explainWith: (p) => `Expliquer avec ${p.pattern}`,
  },
} satisfies Messages<ReceiverText>;
