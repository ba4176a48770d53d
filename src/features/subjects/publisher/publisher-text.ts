import { defineMessages } from "../../../i18n/messages";
import type { Count } from "../counts";
import type { CityNote } from "./france-dataset";
import type { EveryProblem } from "./publisher-logic";
import type { HeaderProblem } from "./header-rules";

type Header = { header: number };
type Named = { header: number; name: string };
type At = { header: number; name: string; position: number };

// Every word of the Subjects panel's publishing half, in English (French: publisher-text.fr.ts).
// Region, department and city names are proper names: data of france-dataset.ts, not words here.
export const publisherEn = {
  /** between the notes of one field */
  separator: "; ",
  title: "Publisher",
  region: "Region",
  department: "Department",
  city: "City",
  cityWithNote: (p: { name: string; note: string }) => `${p.name} — ${p.note}`,
  cityNote: { "lab-sheet-colmar": "as in the lab sheet; Colmar is really in 68" } satisfies Record<CityNote, string>,
  subject: "Subject",
  /** time.us.east.atlanta is shown as code */
  subjectHint: "built from the place above, or type any subject (e.g. the lab's time.us.east.atlanta)",
  payload: "Payload",
  /** the placeholders stay literal, shown as code */
  payloadHint: "{time}, {n} and {subject} are filled in at each send",
  publish: "Publish",
  auto: {
    toggle: "Auto publish",
    every: "Every (ms)",
    everyHint: "a random city of the dataset each time; 1 ms and up",
    statusLabel: "Publisher status",
    nothingYet: "Nothing published yet",
    published: (p: { count: number; subject: string }, n: Count) => `${n(p.count)} published, last on ${p.subject}`,
    running: " — auto publishing",
  },
  headers: {
    title: "Headers",
    /** Playground-Msg-Id is shown as code */
    hint: "sent with every message, by hand or auto; a name may repeat. The playground adds its own Playground-Msg-Id.",
    name: (p: { n: number }) => `Header ${p.n} name`,
    value: (p: { n: number }) => `Header ${p.n} value`,
    remove: "Remove",
    removeFor: (p: { n: number }) => `Remove header ${p.n}`,
    add: "Add header",
    held: "Nothing was sent: a header above is invalid.",
    problem: {
      emptyName: (p: Header) => `header ${p.header}: the name is empty: a header needs a name (or remove it)`,
      space: (p: At) => `header ${p.header}: '${p.name}' has a space at position ${p.position}: header names are one word`,
      control: (p: At & { code: string }) =>
        `header ${p.header}: '${p.name}' has a control character (${p.code}) at position ${p.position}: header names are printable ASCII`,
      notAscii: (p: At & { char: string }) =>
        `header ${p.header}: '${p.name}' has '${p.char}' at position ${p.position}: header names are printable ASCII, without accents`,
      colon: (p: At) => `header ${p.header}: '${p.name}' has a ':' at position ${p.position}: the colon separates a header's name from its value`,
      statusLine: (p: Named) => `header ${p.header}: '${p.name}' starts with NATS/, which begins the NATS/1.0 status line: the name is reserved`,
      ours: (p: Named) => `header ${p.header}: ${p.name} is set by the playground itself on every message: choose another name`,
      valueLineBreak: (p: At) => `header ${p.header}: the value of '${p.name}' has a line break at position ${p.position}: a header value is one line`,
    },
  },
  problem: {
    notWholeMs: (p: { text: string }) => `'${p.text}' is not a whole number of milliseconds`,
    tooSmall: (p: { min: number }) => `0 ms is not an interval: the smallest is ${p.min} ms`,
    tooLarge: (p: { ms: number; max: number }) => `${p.ms} ms is more than an hour: the largest is ${p.max} ms`,
  },
};

export type PublisherText = typeof publisherEn;

export const publisherText = defineMessages(publisherEn, () => import("./publisher-text.fr"));

/** A header's problem, and the literal parts of the sentence (the name, NATS/) to set as code. */
export function describeHeaderProblem(p: HeaderProblem, t: PublisherText = publisherEn): { text: string; codes: string[] } {
  const h = t.headers.problem;
  switch (p.kind) {
    case "empty-name":
      return { text: h.emptyName(p), codes: [] };
    case "space":
      return { text: h.space(p), codes: [p.name] };
    case "control":
      return { text: h.control(p), codes: [p.name, p.code] };
    case "not-ascii":
      return { text: h.notAscii(p), codes: [p.name] };
    case "colon":
      return { text: h.colon(p), codes: [p.name, ":"] };
    case "status-line":
      return { text: h.statusLine(p), codes: [p.name, "NATS/1.0", "NATS/"] };
    case "ours":
      return { text: h.ours(p), codes: [p.name] };
    case "value-line-break":
      return { text: h.valueLineBreak(p), codes: [p.name] };
  }
}

export function describeEveryProblem(p: EveryProblem, t: PublisherText = publisherEn): string {
  switch (p.kind) {
    case "not-whole":
      return t.problem.notWholeMs(p);
    case "too-small":
      return t.problem.tooSmall(p);
    case "too-large":
      return t.problem.tooLarge(p);
  }
}
