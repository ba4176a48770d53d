import type { Messages } from "../i18n/messages";
import type { SubjectText } from "./subject-text";

// Le vocabulaire de la fiche de TD : sujet, abonnement, publier.
export default {
  subject: "sujet",
  pattern: "motif",
  problem: {
    empty: (p) => (p.what === "sujet" ? "le sujet est vide" : "le motif est vide"),
    tooLong: (p) => `${p.text} : ce ${p.what} fait ${p.length} caractères ; la limite est ${p.limit}`,
    control: (p) => `${p.text} : caractère de contrôle en position ${p.position} — un ${p.what} ne contient que du texte imprimable`,
    whitespace: (p) =>
      `${p.text} : espace en position ${p.position} — un ${p.what} ne peut pas contenir d'espace (séparez les mots par des points)`,
    emptyTokenStart: (p) => `${p.text} : mot vide (il commence par un point)`,
    emptyTokenEnd: (p) => `${p.text} : mot vide (il finit par un point)`,
    emptyToken: (p) => `${p.text} : mot vide (entre deux points, mot ${p.token})`,
    wildcardInSubject: (p) =>
      `${p.text} : le mot ${p.token} est le joker '${p.wildcard}' — les jokers servent aux abonnements ; un message se publie sur un sujet littéral`,
    gtNotLast: (p) => `${p.text} : '>' doit être le dernier mot (il représente tout ce qui suit)`,
  },
  literalWildcard: (p) => `'${p.token}' est un mot littéral, pas un joker : '*' et '>' ne sont des jokers que seuls entre deux points`,
  step: {
    extraToken: (p) => `mot ${p.n} : le sujet continue avec '${p.token}' mais le motif est fini — aucun '>' pour le prendre`,
    gtNeedsOne: (p) => `mot ${p.n} : '>' demande au moins un mot de plus, le sujet n'en a plus`,
    rest: (p) => `mot ${p.n} et suivants : '>' prend la fin du sujet, '${p.rest}' (${p.count} mot${p.count > 1 ? "s" : ""})`,
    missingToken: (p) => `mot ${p.n} : le motif attend '${p.token}' mais le sujet est fini`,
    star: (p) => `mot ${p.n} : '*' prend exactement un mot, '${p.token}'`,
    equal: (p) => `mot ${p.n} : '${p.pattern}' est égal à '${p.subject}'`,
    differs: (p) => `mot ${p.n} : '${p.pattern}' ≠ '${p.subject}'${p.caseOnly ? " (les sujets sont sensibles à la casse)" : ""}`,
  },
  matches: (p) => `'${p.pattern}' correspond à '${p.subject}'`,
  doesNotMatch: (p) => `'${p.pattern}' ne correspond pas à '${p.subject}'`,
} satisfies Messages<SubjectText>;
