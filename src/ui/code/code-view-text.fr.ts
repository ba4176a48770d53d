import type { Messages } from "../../i18n/messages";
import type { CodeViewText } from "./code-view-text";

export default {
  button: "Code",
  title: "Code",
  intro: "Ce que fait ce panneau en ce moment, sous forme de programme à lancer : en Python (comme dans le TD), avec la CLI nats, ou en Node.",
  programs: "Programmes",
  targets: { python: "Python", cli: "CLI nats", node: "Node" },
  variant: "Ce que fait le programme",
  url: "Les programmes se connectent à",
  urlHint: (p) => `l'adresse NATS du serveur, déduite de l'adresse WebSocket de cet onglet (${p.ws}) et du port que le serveur annonce`,
  copy: "Copier",
  copyLabel: (p) => `Copier le programme ${p.target}`,
  copied: (p) => `${p.file} est copié dans le presse-papiers.`,
  copyFailed: "Le navigateur n'a pas permis à la page de copier : sélectionnez le programme et copiez-le vous-même.",
  download: "Télécharger",
  downloadLabel: (p) => `Télécharger ${p.file}`,
  run: {
    python: (p) => `Pour le lancer : pip install nats-py, puis python3 ${p.file}`,
    cli: (p) => `Pour le lancer : sh ${p.file} (il faut la CLI nats : https://github.com/nats-io/natscli)`,
    node: (p) => `Pour le lancer : npm install nats, puis node ${p.file}`,
  },
  credentials:
    "Cet onglet se connecte avec des identifiants : les programmes les lisent dans NATS_USER et NATS_PASSWORD (ou NATS_TOKEN) ; ils ne sont jamais écrits dans le code.",
  loading: "Écriture des programmes…",
} satisfies Messages<CodeViewText>;
