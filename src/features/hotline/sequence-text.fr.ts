import type { Messages } from "../../i18n/messages";
import type { SequenceText } from "./sequence-text";

export default {
  title: "Séquence",
  figure: "Séquence",
  call: (p) => `Appel ${p.n} à ${p.at}, avec ${p.mode} : ${p.outcome}`,
  pick: "Le dernier appel est affiché : cliquez sur le numéro d'un appel dans l'historique pour voir sa séquence.",
  picked: "Afficher le dernier appel",
  lanes: {
    requester: "demandeur",
    thisTab: "cet onglet",
    server: "nats-server",
    agents: "agents",
    nobody: "personne à l'écoute",
    responder: "répondant",
    unknown: "n'a pas répondu à temps",
    unnamed: "répondant sans nom",
    answered: "a répondu",
    answeredBefore: "a répondu avant",
    answeredLate: "a répondu en retard",
    inbox: "boîte de réponse",
    hiddenInbox: "créée par nats.ws",
  },
  steps: {
    roundTrip: (p) => `aller-retour ${p.rtt}`,
    noResponders: "503 aucun répondant",
    noReply: (p) => `pas de réponse en ${p.timeout}`,
    status: (p) => `statut ${p.code} ${p.description}`,
  },
  notes: {
    times: "Les temps sont mesurés par cet onglet à partir de l'envoi de la requête : les étapes intermédiaires se passent hors de sa vue.",
    noResponders: "Le serveur a su tout de suite que personne n'écoute le sujet, et a répondu lui-même à la boîte de réponse avec un statut 503.",
    timeoutRequest:
      "request() oublie un appel à la fin du délai : une réponse qui arrive plus tard est jetée sans être vue. Demandez avec la boîte de réponse explicite pour voir les réponses tardives.",
    timeoutInbox: "Après le délai, la boîte de réponse écoute encore 10 s : une réponse tardive s'affiche ici.",
    late: "Cette réponse est arrivée après le délai : plus personne ne l'attendait.",
    notSent: "Rien n'est parti : la requête n'a jamais quitté cet onglet.",
    stopped: "Le demandeur s'est arrêté avant la réponse.",
    failed: "Aucune réponse n'est venue : le Résultat dit pourquoi.",
  },
  showSteps: "Étapes en texte",
} satisfies Messages<SequenceText>;
