import { create } from "zustand";
import type { Place } from "./france-dataset";
import { franceSubject, settlePlace } from "./france-dataset";
import { DEFAULT_EVERY_MS, DEFAULT_PAYLOAD } from "./publisher-logic";

type PublisherStore = {
  place: Place;
  payload: string;
  free: string;
  freeError?: string;
  freeWarnings: string[];
  every: string;
  everyError?: string;
  auto: boolean;
  published: number;
  lastSubject?: string;
  publishError?: string;
};

const FIRST_PLACE = settlePlace({ region: "grand_est", department: "67", city: "strasbourg" });

export const initialPublisherState = (): PublisherStore => ({
  place: FIRST_PLACE,
  payload: DEFAULT_PAYLOAD,
  free: franceSubject(FIRST_PLACE),
  freeWarnings: [],
  every: DEFAULT_EVERY_MS,
  auto: false,
  published: 0,
});

export const usePublisher = create<PublisherStore>()(initialPublisherState);
