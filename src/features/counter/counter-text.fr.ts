import type { Messages } from "../../i18n/messages";
import type { CounterText } from "./counter-text";

export default {
  publisher: {
    title: "Éditeur",
    intro: "Publie un nombre en texte sur le sujet, comme le service Python du TD : n'importe quel client NATS peut le lire.",
    subject: "Sujet",
    subjectHint: "chaque onglet écoute aussi ce sujet",
    interval: "Intervalle (ms)",
    intervalHint: (p) => `toutes les ${p.seconds} s ; au moins 100`,
    intervalHintDefault: "en millisecondes, au moins 100 (10000 = toutes les 10 s)",
    step: "Pas",
    start: "Valeur de départ",
    startPublishing: "Commencer à publier",
    stopPublishing: "Arrêter de publier",
    publishing: (p) => `Publication : ${p.sent} envoyés, dernière valeur ${p.last}`,
    stopped: (p) => `Arrêté après ${p.sent} messages (dernière valeur ${p.last})`,
    idle: "Pas de publication en cours",
    notConnectedYet: "pas encore connecté : la publication commencera quand le serveur répondra",
  },
  live: {
    title: "En direct sur",
    latest: "Dernière valeur",
    publishedBy: "Publiée par",
    empty: "(vide)",
    from: (p) => `de ${p.who} à ${p.at}`,
    unknown: "inconnu",
    waiting: {
      pending: (p) => `abonnement à ${p.subject}…`,
      ready: (p) => `en attente d'un message sur ${p.subject}…`,
      refused: (p) => `rien ne sera reçu : le serveur a refusé l'abonnement à ${p.subject}`,
    },
    table: "Valeurs par éditeur",
    columns: { publisher: "Éditeur", latest: "Dernière", received: "Reçues", missed: "Manquées", at: "À" },
    total: (p) => `${p.count} reçues depuis que cet onglet écoute`,
  },
  history: {
    title: (p) => `Les ${p.size} dernières valeurs`,
    list: "Historique du compteur",
    inspect: (p) => `Inspecter la valeur ${p.value}`,
  },
  chart: {
    title: "Valeurs au fil du temps",
    value: "Valeur du compteur",
    intro: (p) => `Les ${p.minutes} dernières minutes, une ligne par éditeur : un losange marque une valeur arrivée après des valeurs manquées.`,
    loading: "Tracé du graphique…",
    none: "Tracé dès la première valeur reçue : une ligne par éditeur.",
    same: (p) => `${p.name} (${p.n})`,
    exportLabel: "Exporter les valeurs",
    exportNote: (p) =>
      `Chaque valeur des ${p.minutes} dernières minutes, par éditeur : son heure, son éditeur, sa note et ses en-têtes (tout en JSON ; en CSV, une ligne par valeur).`,
  },
  inspect: {
    notKept: (p) =>
      `Cet onglet ne garde plus les données ni les en-têtes de cette valeur : il les garde pour ses ${p.rows} valeurs les plus récentes, jusqu'à ${p.megabytes} Mo.`,
  },
  note: {
    notANumber: "pas un nombre : la donnée est affichée en texte",
    notText: "pas un nombre : la donnée est faite d'octets, pas de texte UTF-8",
    gap: (p) => `${p.missed} valeur${p.missed > 1 ? "s" : ""} manquée${p.missed > 1 ? "s" : ""} (${p.from} → ${p.to})`,
    jump: (p) => `saut de ${p.from} à ${p.to}, pas un multiple du pas ${p.step}`,
    restart: (p) => `retour de ${p.from} à ${p.to} : l'éditeur a redémarré`,
  },
  problem: {
    notWholeMs: (p) => `'${p.text}' n'est pas un nombre entier de millisecondes`,
    notWhole: (p) => `'${p.text}' n'est pas un nombre entier`,
    tooFast: (p) => `${p.ms} ms, c'est trop rapide : l'intervalle minimal est de ${p.min} ms`,
    tooSlow: (p) => `${p.ms} ms, c'est plus d'un jour : l'intervalle maximal est de ${p.max} ms`,
    stepZero: "un pas de 0 publierait toujours la même valeur",
    stepTooLarge: "le pas est trop grand",
    startTooLarge: "la valeur de départ est trop grande",
  },
} satisfies Messages<CounterText>;
