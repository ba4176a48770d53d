import type { Messages } from "../../i18n/messages";
import type { InspectorText } from "./inspector-text";

export default {
  title: "Message",
  inspect: "Inspecter",
  inspectLabel: (p) => `Inspecter ${p.subject}`,
  subject: "Sujet",
  reply: "Sujet de réponse",
  none: "aucun",
  size: "Taille",
  bytes: (p) => `${p.count} ${p.n > 1 ? "octets" : "octet"}`,
  received: "Reçu à",
  deliveredBy: "Livré par",
  headers: "En-têtes",
  noHeaders: "aucun en-tête",
  name: "Nom",
  value: "Valeur",
  showAs: "Afficher en",
  views: { text: "Texte", json: "JSON", hex: "Hexa" },
  payload: "Données",
  empty: "(données vides)",
  notText: "Ces données ne sont pas du texte UTF-8 valide : elles ne peuvent s'afficher qu'en octets.",
  notJson: (p) =>
    `Pas du JSON : ligne ${p.line}, colonne ${p.column}, ${p.found === "end" ? "le texte s'arrête" : `on trouve '${p.found}'`} là où JSON attend ${p.expected}.`,
  expected: {
    value: "une valeur",
    "comma-or-end": "une virgule ou le crochet fermant",
    colon: "deux-points",
    "string-key": "une clé entre guillemets doubles",
    end: "plus rien",
    digit: "un chiffre",
    escape: "un échappement valide (\\n, \\u00e9…)",
    "closing-quote": "le guillemet double fermant",
  },
  binary: (p) => `${p.count} octets (binaire) : ${p.preview}`,
  close: "Fermer",
} satisfies Messages<InspectorText>;
