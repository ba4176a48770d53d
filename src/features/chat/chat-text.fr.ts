import { formatFor } from "../../i18n/format";
import type { Messages } from "../../i18n/messages";
import { CHAT } from "./chat-constants";
import type { ChatText } from "./chat-text";

const n = formatFor("fr").number;
const octets = (b: number) =>
  b >= 1024 * 1024 && b % (1024 * 1024) === 0 ? `${b / (1024 * 1024)} Mo` : b >= 1024 && b % 1024 === 0 ? `${b / 1024} Ko` : `${n(b)} octets`;
/** « de Bob », « d'Alice » */
const de = (name: string) => (/^[aeiouyàâäéèêëîïôöûüù]/i.test(name) ? `d'${name}` : `de ${name}`);
/** French counts 0 and 1 in the singular */
const s = (count: number) => (count > 1 ? "s" : "");

// Le vocabulaire de la fiche de TD : salon, sujet, motif, abonnement, publier, transférer.
export default {
  rooms: {
    title: "Salons",
    field: "Salon ou motif",
    placeholder: "chat.dev, chat.*, chat.>",
    hint: "chacun est un vrai abonnement NATS ; * vaut un mot, > tout le reste",
    join: "Rejoindre",
    list: "Salons",
    all: "Tous",
    joining: " abonnement en cours…",
    unread: (p) => (p.count > 1 ? " non lus" : " non lu"),
    leave: "Quitter",
    leaveRoom: (p) => `Quitter ${p.pattern}`,
    none: "Dans aucun salon : rejoignez-en un ci-dessus pour lire et discuter.",
  },
  online: {
    inYourRooms: "En ligne dans vos salons",
    in: "En ligne dans",
    list: "En ligne",
    you: " (vous)",
    nobody: "Personne ici pour l'instant.",
    heartbeat: (p) =>
      `Chaque onglet signale sa présence toutes les ${p.everyS} s sur ${p.subjects} ; ${p.goneS} s de silence veut dire qu'il est parti.`,
  },
  conversation: {
    allRooms: "Tous vos salons",
    list: "Conversation",
    empty: "Aucun message ici pour l'instant.",
    export: "Exporter cette conversation",
  },
  message: {
    unnamed: "sans nom",
    on: "sur",
    via: "via",
    deliveredBy: "Livré par",
    fromHistory: "de l'historique",
    forwardedFrom: "transféré depuis",
    writtenBy: ", écrit par",
    quoteColon: " : ",
    reply: "Répondre",
    replyTo: (p) => `Répondre à ${p.from}`,
    forward: "Transférer",
    forwardMessageOf: (p) => `Transférer le message ${de(p.from)}`,
    inspectMessageOf: (p) => `Inspecter le message ${de(p.from)}`,
    cut: (p) => ` (les ${p.shown} premiers caractères sur ${p.count} : « Inspecter » montre tout)`,
  },
  inspect: {
    notKept: (p) =>
      `Cet onglet ne garde plus les données ni les en-têtes de ce message : il les garde pour ses ${p.rows} messages les plus récents, jusqu'à ${p.megabytes} Mo.`,
  },
  forward: {
    to: "Transférer vers",
    placeholder: "chat.dev",
    send: "Envoyer le transfert",
    cancel: "Annuler",
  },
  composer: {
    youAre: "Vous êtes",
    changeName: "Changer de nom",
    replying: "Réponse à",
    replyingOn: "sur",
    cancelReply: "Annuler la réponse",
    message: "Message",
    placeholder: "Entrée envoie, Maj+Entrée pour aller à la ligne",
    postTo: "Publier sur",
    postToHint: "le sujet littéral d'un salon",
    replyHint: "une réponse va dans le salon du message",
    send: "Envoyer",
  },
  identity: {
    choose: "Choisissez le nom affiché sur vos messages dans cet onglet.",
    change: "Choisissez un nouveau nom pour vos prochains messages.",
    name: "Votre nom",
    join: "Rejoindre le chat",
    save: "Enregistrer le nom",
    cancel: "Annuler",
  },
  history: {
    label: "Historique du chat",
    unavailable: (p) => `Historique indisponible : ${p.reason}. Les messages en direct arrivent toujours.`,
    retry: (p) => ` Nouvel essai dans ${p.seconds} s.`,
    loading: (p) => `Chargement de l'historique de ${p.patterns}…`,
    loaded: (p) =>
      `Historique : ${n(p.count)} message${s(p.count)} stocké${s(p.count)} lu${s(p.count)} dans le flux ${p.stream} (les ${p.perRoom} derniers par salon)`,
    outside: (p) => `pas d'historique pour ${p.patterns} (hors de ${p.kept})`,
    separator: " ; ",
    reason: {
      notConnected: "pas connecté à un serveur NATS",
      noJetStream: "JetStream n'est pas activé sur ce serveur",
      noStream: (p) =>
        `le flux ${p.stream} n'existe pas sur ce serveur (npm start le crée, ou lancez : node scripts/chat-stream.mjs nats://<hôte>:4222)`,
      timeoutWithin: (p) => `JetStream n'a pas livré l'historique en ${p.seconds} s`,
      timeout: "JetStream n'a pas répondu à temps",
      permission: (p) => `permission refusée : cet onglet n'a pas le droit de lire le flux ${p.stream} (${p.text})`,
    },
  },
  problem: {
    nameEmpty: "tapez le nom que les autres verront sur vos messages",
    nameTooLong: (p) => `${p.length} caractères, c'est trop long : un nom en compte au plus ${p.max}`,
    alreadyJoined: (p) => `vous êtes déjà dans ${p.pattern} : choisissez sa vue dans la liste des salons`,
    tooManyRooms: (p) => `un onglet garde au plus ${p.max} abonnements : quittez-en un d'abord`,
    tooLarge: (p) =>
      `ce message fait ${n(p.size)} octets avec son enveloppe ; le max_payload du serveur est de ${octets(p.limit)} (${n(p.limit)} octets) : raccourcissez-le`,
    emptyText: "le message est vide : tapez quelque chose à envoyer",
    nameFirst: "choisissez d'abord votre nom : il est affiché sur chaque message",
    joinRefused: (p) => `impossible de rejoindre ${p.pattern} : ${p.reason}`,
  },
  note: {
    outsideStream: (p) =>
      `${p.what} est hors de ${CHAT.streamSubjects} : cela marche en direct, mais le flux ${CHAT.stream} n'en garde aucun historique`,
    unheard: (p) =>
      `${p.action === "sent" ? "Envoyé sur" : "Transféré vers"} ${p.subject} : aucun de vos abonnements ne le couvre, il ne s'affiche donc pas ici (rejoignez-le pour le voir)`,
    forwarded: (p) => `Transféré vers ${p.subject}`,
  },
} satisfies Messages<ChatText>;
