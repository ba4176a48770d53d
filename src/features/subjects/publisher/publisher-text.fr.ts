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
  problem: {
    notWholeMs: (p) => `'${p.text}' n'est pas un nombre entier de millisecondes`,
    tooSmall: (p) => `0 ms n'est pas un intervalle : le plus petit est de ${p.min} ms`,
    tooLarge: (p) => `${p.ms} ms, c'est plus d'une heure : le plus grand est de ${p.max} ms`,
  },
} satisfies Messages<PublisherText>;
