import { defineMessages } from "../../../i18n/messages";
import type { Count } from "../counts";
import type { CityNote } from "./france-dataset";
import type { EveryProblem } from "./publisher-logic";

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
  problem: {
    notWholeMs: (p: { text: string }) => `'${p.text}' is not a whole number of milliseconds`,
    tooSmall: (p: { min: number }) => `0 ms is not an interval: the smallest is ${p.min} ms`,
    tooLarge: (p: { ms: number; max: number }) => `${p.ms} ms is more than an hour: the largest is ${p.max} ms`,
  },
};

export type PublisherText = typeof publisherEn;

export const publisherText = defineMessages(publisherEn, () => import("./publisher-text.fr"));

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
