import type { Messages } from "../i18n/messages";
import type { NatsText } from "./nats-text";

export default {
  servers: {
    empty: (p) => `?servers= est vide : donnez une ou plusieurs URL WebSocket, par exemple ?servers=${p.example}`,
    notAUrl: (p) => `?servers=${p.entry} n'est pas une URL : il faut quelque chose comme ws://localhost:9222`,
    http: (p) => `?servers=${p.entry} utilise ${p.protocol}// — un navigateur joint NATS en WebSocket : utilisez ${p.suggestion}`,
    natsTcp: (p) => `?servers=${p.entry} est une URL NATS en TCP — un navigateur a besoin du port WebSocket du serveur : utilisez ${p.suggestion}`,
    scheme: (p) => `?servers=${p.entry} : schéma ${p.protocol} non pris en charge — utilisez ws:// ou wss://`,
    noHost: (p) => `?servers=${p.entry} n'a pas de nom d'hôte`,
  },
  connect: {
    noAnswer: (p) =>
      `aucun serveur n'a répondu à ${p.servers} (ou il refuse l'origine de cette page, ${p.origin} : voir allowed_origins dans nats-server.conf)`,
    credentials: (p) =>
      `le serveur ${p.servers} a refusé les identifiants de cet onglet : ouvrez le lien donné par votre enseignant (avec ?user=&pass=), ou vérifiez-les`,
  },
  status: {
    connecting: (p) => `Connexion à ${p.servers}…`,
    connectingAgain: (p) => `Connexion — ${p.problem} ; nouvel essai (tentative ${p.attempt})`,
    connected: "Connecté",
    reconnecting: (p) => `Reconnexion (tentative ${p.attempt})`,
    lost: (p) => `connexion perdue avec ${p.server}`,
    disconnected: (p) => `Déconnecté — ${p.reason}`,
    closed: "la connexion a été fermée",
    misconfigured: (p) => `Pas de connexion — ${p.reason}`,
  },
  notice: {
    permission: (p) =>
      `permission refusée : cet onglet ne peut pas ${p.subscribe ? "s'abonner à" : "publier sur"} '${p.subject}' (les permissions du serveur pour les navigateurs l'interdisent)`,
    lameDuck: (p) => `le serveur ${p.server} s'arrête (mode « lame duck ») ; l'onglet va passer sur un autre`,
    noAnswerOnReturn: "la connexion n'a pas répondu au retour sur l'onglet : reconnexion",
    serverError: (p) => `erreur du serveur : ${p.text}`,
  },
} satisfies Messages<NatsText>;
