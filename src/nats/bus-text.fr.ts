import type { Messages } from "../i18n/messages";
import type { BusText } from "./bus-text";

const octets = (n: number) =>
  n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} Mo` : n >= 1024 && n % 1024 === 0 ? `${n / 1024} Ko` : `${n} octets`;

export default {
  noResponders: (p) => `aucun répondant : personne n'est abonné à '${p.subject}'`,
  timeout: (p) => `délai dépassé : pas de réponse sur '${p.subject}' à temps`,
  tooLargeSized: (p) => `un message de ${p.size} octets dépasse le max_payload du serveur, ${p.limit} octets`,
  tooLarge: (p) => `le message dépasse le max_payload du serveur${p.limit ? ` (${octets(p.limit)})` : ""}`,
  permission: (p) =>
    `permission refusée : cet onglet ne peut pas ${p.subscribe ? "s'abonner à" : "publier sur"} '${p.subject}' (les permissions du serveur pour les navigateurs l'interdisent)`,
  refusedSubscription: (p) => `l'abonnement à '${p.subject}' a été refusé par le serveur`,
  notConnected: "pas connecté à un serveur NATS",
  requestOffline: (p) => `pas connecté : la requête sur '${p.subject}' n'a pas été envoyée`,
  offlineBufferFull: (p) =>
    `pas connecté, et la réserve hors ligne est pleine (${p.maxMessages} messages ou ${octets(p.maxBytes)}) : ce message n'a pas été envoyé`,
} satisfies Messages<BusText>;
