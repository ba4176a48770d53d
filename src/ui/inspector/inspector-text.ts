import { defineMessages } from "../../i18n/messages";
import type { JsonProblem } from "./json-check";

export const inspectorEn = {
  title: "Message",
  inspect: "Inspect",
  inspectLabel: (p: { subject: string }) => `Inspect ${p.subject}`,
  subject: "Subject",
  reply: "Reply subject",
  none: "none",
  size: "Size",
  bytes: (p: { count: string; n: number }) => `${p.count} ${p.n === 1 ? "byte" : "bytes"}`,
  received: "Received",
  deliveredBy: "Delivered by",
  headers: "Headers",
  noHeaders: "no headers",
  name: "Name",
  value: "Value",
  showAs: "Show as",
  views: { text: "Text", json: "JSON", hex: "Hex" },
  payload: "Payload",
  empty: "(empty payload)",
  notText: "This payload is not valid UTF-8 text: it can only be shown as bytes.",
  notJson: (p: { line: number; column: number; found: string; expected: string }) =>
    `Not JSON: at line ${p.line}, column ${p.column}, ${p.found === "end" ? "the text ends" : `'${p.found}' is found`} where JSON needs ${p.expected}.`,
  expected: {
    value: "a value",
    "comma-or-end": "a comma or the closing bracket",
    colon: "a colon",
    "string-key": "a key in double quotes",
    end: "nothing more",
    digit: "a digit",
    escape: "a valid escape (\\n, \\u00e9…)",
    "closing-quote": "the closing double quote",
  } satisfies Record<JsonProblem["expected"], string>,
  binary: (p: { count: string; preview: string }) => `${p.count} bytes (binary): ${p.preview}`,
  close: "Close",
};

export type InspectorText = typeof inspectorEn;

export const inspectorText = defineMessages(inspectorEn, () => import("./inspector-text.fr"));
