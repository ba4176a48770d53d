import { createStore } from "zustand/vanilla";
import type { BusDetail } from "../../nats/errors";
import type { SubjectNote, SubjectProblem } from "../../subjects/subject-problems";
import type { Snapshot } from "./network-model";
import type { Counts, Prediction, TestOutcome } from "./network-receivers";

export type RefreshStatus =
  | { kind: "starting" }
  | { kind: "ok" }
  /** final until the user tries again: the server refused, or nothing answers that request */
  | { kind: "refused"; failure: BusDetail }
  /** passing: tried again at the next refresh */
  | { kind: "failed"; failure: BusDetail };

export type TestRun = {
  id: number;
  subject: string;
  state: "sending" | "measuring" | "done" | "failed";
  prediction: Prediction;
  before: Counts;
  outcome?: TestOutcome;
  failure?: BusDetail;
};

export type NetworkState = {
  status: RefreshStatus;
  /** a refresh is on the wire */
  loading: boolean;
  /** the panel is on screen: it refreshes while it is */
  live: boolean;
  snapshot?: Snapshot;
  /** "Subject to check" as typed, and what the grammar says of it */
  check: { text: string; problem?: SubjectProblem; notes: SubjectNote[] };
  test?: TestRun;
  filter: string;
  showInternal: boolean;
};

export const initialNetworkState = (): NetworkState => ({
  status: { kind: "starting" },
  loading: false,
  live: false,
  check: { text: "", notes: [] },
  filter: "",
  showInternal: false,
});

export const createNetworkStore = () => createStore<NetworkState>()(initialNetworkState);
