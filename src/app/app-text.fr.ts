import type { Messages } from "../i18n/messages";
import type { AppText } from "./app-text";

export default {
  title: "NATS Playground",
  panels: "Panneaux",
  tabs: { counter: "Compteur", subjects: "Sujets", hotline: "Hotline", chat: "Chat", network: "Réseau" },
  language: "Langue",
  status: "État de la connexion",
  facts: {
    server: "Serveur",
    serverUrl: "URL du serveur",
    node: "Nœud",
    connectedNode: "Nœud connecté",
    cluster: (p) => ` (cluster ${p.name})`,
    version: "Version",
    serverVersion: "Version du serveur",
    rtt: "RTT",
    roundTrip: "Temps aller-retour",
    client: "Client",
    thisClient: "Client de cet onglet",
  },
  banner: {
    isServerRunning: "nats-server tourne-t-il avec son accès WebSocket (",
    startsOne: " en lance un) ?",
    stillTrying: (p) => `Nouvel essai en cours (tentative ${p.attempt}).`,
  },
  loading: "Chargement du panneau…",
  panelFailed: "Ce panneau n'a pas pu être chargé : le serveur de la page tourne-t-il encore ? Rechargez pour réessayer.",
  notices: "Messages du serveur",
  dismiss: "Fermer ce message",
} satisfies Messages<AppText>;
