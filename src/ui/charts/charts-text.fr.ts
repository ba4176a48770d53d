import type { Messages } from "../../i18n/messages";
import type { ChartsText } from "./charts-text";

export default {
  time: "Temps",
  value: "Valeur",
  legend: "Légende",
  noData: (p) => `Aucune valeur dans les ${p.minutes} dernières min`,
  flags: {
    gap: "valeurs manquées avant celle-ci (segment en pointillés)",
    restart: "redémarrage : la valeur est revenue en arrière",
  },
  point: (p) => `${p.series} : ${p.value} à ${p.at}`,
  summary: (p) =>
    p.series === 0
      ? `Aucune valeur dans les ${p.minutes} dernières min.`
      : `${p.series === 1 ? "Une courbe" : `${p.series} courbes`} sur les ${p.minutes} dernières min : ${p.points.count} valeur${p.points.n < 2 ? "" : "s"}, dont ${p.flagged.count} signalée${p.flagged.n < 2 ? "" : "s"}.`,
  table: { series: "Courbe", last: "Dernière valeur", at: "À", points: "Valeurs affichées", gaps: "Manques (valeurs manquées)", restarts: "Redémarrages" },
  spark: {
    label: (p) => `${p.name ? `${p.name} : ` : ""}${p.now} messages/s maintenant, pic de ${p.peak} sur les ${p.seconds} dernières s`,
    perSecond: (p) => `${p.now}/s`,
  },
  sequence: {
    kinds: {
      request: "requête",
      reply: "réponse",
      "error-reply": "réponse d'erreur",
      status: "statut du serveur",
      timeout: "délai dépassé",
      late: "réponse tardive",
    },
    nothing: "rien",
    late: "en retard",
    steps: "Étapes",
    step: (p) => `${p.at ? `${p.at} : ` : ""}${p.kind} de ${p.from} vers ${p.to}${p.label ? ` — ${p.label}` : ""}`,
    timeoutStep: (p) => `${p.at ? `${p.at} : ` : ""}délai dépassé — rien n'est venu de ${p.from} vers ${p.to}${p.label ? ` — ${p.label}` : ""}`,
    since: (p) => `+${p.ms}`,
  },
} satisfies Messages<ChartsText>;
