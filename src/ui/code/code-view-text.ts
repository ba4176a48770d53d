import { defineMessages } from "../../i18n/messages";
import type { Target } from "../../codegen/codegen-types";

export const codeViewEn = {
  button: "Code",
  title: "Code",
  intro: "The same thing as this panel does right now, as a program you can run: in Python (as in the lab), with the nats CLI, or in Node.",
  programs: "Programs",
  targets: { python: "Python", cli: "nats CLI", node: "Node" } satisfies Record<Target, string>,
  variant: "What the program does",
  url: "Programs connect to",
  urlHint: (p: { ws: string }) => `the server's plain NATS address, from the WebSocket address this tab uses (${p.ws}) and the port the server announces`,
  copy: "Copy",
  copyLabel: (p: { target: string }) => `Copy the ${p.target} program`,
  copied: (p: { file: string }) => `Copied ${p.file} to the clipboard.`,
  copyFailed: "The browser did not let the page copy: select the program and copy it yourself.",
  download: "Download",
  downloadLabel: (p: { file: string }) => `Download ${p.file}`,
  run: {
    python: (p: { file: string }) => `Run it with: pip install nats-py, then python3 ${p.file}`,
    cli: (p: { file: string }) => `Run it with: sh ${p.file} (needs the nats CLI: https://github.com/nats-io/natscli)`,
    node: (p: { file: string }) => `Run it with: npm install nats, then node ${p.file}`,
  } satisfies Record<Target, (p: { file: string }) => string>,
  credentials: "This tab connects with credentials: the programs read them from NATS_USER and NATS_PASSWORD (or NATS_TOKEN); they are never written in the code.",
  loading: "Writing the programs…",
};

export type CodeViewText = typeof codeViewEn;

export const codeViewText = defineMessages(codeViewEn, () => import("./code-view-text.fr"));
