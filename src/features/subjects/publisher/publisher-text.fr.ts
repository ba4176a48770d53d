import type { Messages } from "../../../i18n/messages";
import type { PublisherText } from "./publisher-text";

// Le vocabulaire de la fiche de TD : éditeur, publier, sujet, donnée.
export default {
  separator: " ; ",
  title: "Éditeur",
  region: "Région",
  department: "Département",
  city: "Ville",
  cityWithNote: (p) => `${p.name} — ${p.note}`,
  cityNote: { "lab-sheet-colmar": "comme dans la fiche de TD ; Colmar est en réalité dans le 68" },
  subject: "Sujet",
  subjectHint: "construit à partir du lieu ci-dessus, ou tapez n'importe quel sujet (par exemple time.us.east.atlanta, celui du TD)",
  payload: "Donnée",
  payloadHint: "{time}, {n} et {subject} sont remplacés à chaque envoi",
  publish: "Publier",
  auto: {
    toggle: "Publication automatique",
    every: "Intervalle (ms)",
    everyHint: "une ville du jeu de données au hasard à chaque envoi ; 1 ms ou plus",
    statusLabel: "État de l'éditeur",
    nothingYet: "Rien n'a encore été publié",
    published: (p, n) => `${n(p.count)} publié${p.count > 1 ? "s" : ""}, le dernier sur ${p.subject}`,
    running: " — publication automatique en cours",
  },
  headers: {
    title: "En-têtes",
    hint: "envoyés avec chaque message, à la main ou en automatique ; un nom peut se répéter. Le playground ajoute son propre Playground-Msg-Id.",
    name: (p) => `Nom de l'en-tête ${p.n}`,
    value: (p) => `Valeur de l'en-tête ${p.n}`,
    remove: "Retirer",
    removeFor: (p) => `Retirer l'en-tête ${p.n}`,
    add: "Ajouter un en-tête",
    held: "Rien n'a été envoyé : un en-tête ci-dessus est invalide.",
    problem: {
      emptyName: (p) => `en-tête ${p.header} : le nom est vide : un en-tête a besoin d'un nom (ou retirez-le)`,
      space: (p) => `en-tête ${p.header} : '${p.name}' contient une espace en position ${p.position} : un nom d'en-tête est un seul mot`,
      control: (p) =>
        `en-tête ${p.header} : '${p.name}' contient un caractère de contrôle (${p.code}) en position ${p.position} : un nom d'en-tête s'écrit en ASCII imprimable`,
      notAscii: (p) =>
        `en-tête ${p.header} : '${p.name}' contient '${p.char}' en position ${p.position} : un nom d'en-tête s'écrit en ASCII imprimable, sans accents`,
      colon: (p) => `en-tête ${p.header} : '${p.name}' contient un ':' en position ${p.position} : les deux-points séparent le nom d'un en-tête de sa valeur`,
      statusLine: (p) => `en-tête ${p.header} : '${p.name}' commence par NATS/, le début de la ligne d'état NATS/1.0 : ce nom est réservé`,
      ours: (p) => `en-tête ${p.header} : ${p.name} est posé par le playground lui-même sur chaque message : choisissez un autre nom`,
      valueLineBreak: (p) =>
        `en-tête ${p.header} : la valeur de '${p.name}' contient un saut de ligne en position ${p.position} : une valeur d'en-tête tient sur une ligne`,
    },
  },
  problem: {
    notWholeMs: (p) => `'${p.text}' n'est pas un nombre entier de millisecondes`,
    tooSmall: (p) => `0 ms n'est pas un intervalle : le plus petit est de ${p.min} ms`,
    tooLarge: (p) => `${p.ms} ms, c'est plus d'une heure : le plus grand est de ${p.max} ms`,
  },
} satisfies Messages<PublisherText>;
