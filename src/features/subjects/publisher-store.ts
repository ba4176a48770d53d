import { create } from "zustand";
import type { Place } from "./france-dataset";
import { settlePlace } from "./france-dataset";
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

export const initialPublisherState = (): PublisherStore => ({
  place: settlePlace({ region: "grand_est", department: "67", city: "strasbourg" }),
  payload: DEFAULT_PAYLOAD,
  free: "time.us.east.atlanta",
  freeWarnings: [],
  every: DEFAULT_EVERY_MS,
  auto: false,
  published: 0,
});

export const usePublisher = create<PublisherStore>()(initialPublisherState);
