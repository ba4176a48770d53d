import { createStore } from "zustand/vanilla";
import type { BusDetail } from "../../../nats/errors";
import type { SubjectNote, SubjectProblem } from "../../../subjects/subject-problems";
import type { Place } from "./france-dataset";
import { franceSubject, settlePlace } from "./france-dataset";
import { DEFAULT_EVERY_MS, DEFAULT_PAYLOAD } from "./publisher-logic";
import type { EveryProblem } from "./publisher-logic";
import type { HeaderProblem, HeaderRow } from "./header-rules";

export type PublisherState = {
  place: Place;
  payload: string;
  /** the Headers editor's rows, as typed: sent with every message while none has a problem */
  headers: HeaderRow[];
  headerProblems: HeaderProblem[];
  /** a send was refused because of a header's problem (cleared once the headers are valid) */
  headersHeld: boolean;
  /** the Subject field: built from the place, or typed */
  free: string;
  freeProblem?: SubjectProblem;
  freeNotes: SubjectNote[];
  every: string;
  everyProblem?: EveryProblem;
  auto: boolean;
  published: number;
  lastSubject?: string;
  publishFailure?: BusDetail;
};

const FIRST_PLACE = settlePlace({ region: "grand_est", department: "67", city: "strasbourg" });

export const initialPublisherState = (): PublisherState => ({
  place: FIRST_PLACE,
  payload: DEFAULT_PAYLOAD,
  headers: [],
  headerProblems: [],
  headersHeld: false,
  free: franceSubject(FIRST_PLACE),
  freeNotes: [],
  every: DEFAULT_EVERY_MS,
  auto: false,
  published: 0,
});

export const createPublisherStore = () => createStore<PublisherState>()(initialPublisherState);

// Picking a place writes its subject into the Subject field, where it can still be edited.
export function withPlace(s: PublisherState, patch: Partial<Place>): Partial<PublisherState> {
  const place = settlePlace({ ...s.place, ...patch });
  return { place, free: franceSubject(place), freeProblem: undefined, freeNotes: [] };
}

/** Sends counted once per batch: the last subject is the newest. */
export const withSent = (s: PublisherState, subjects: readonly string[]): Partial<PublisherState> => ({
  published: s.published + subjects.length,
  lastSubject: subjects.at(-1),
  publishFailure: undefined,
});
