import { createStore } from "zustand/vanilla";
import { prependBounded } from "../../ui/ring";
import type { Continuity, CounterForm, CounterSettings, FormErrors, Reading } from "./counter-logic";
import type { BusDetail } from "../../nats/errors";
import { continuity, DEFAULT_FORM } from "./counter-logic";

export const HISTORY_SIZE = 20;

/** a message's headers in order (a name may repeat) */
export type Headers = readonly (readonly [string, string])[];

export type Incoming = {
  /** given by the controller, never reused: the row's key, and what finds its kept payload */
  id: number;
  at: number;
  subject: string;
  /** the name in the message's header; undefined for a client that sends none (`nats pub`) */
  publisher?: string;
  publisherKey: string;
  /** step announced by the publisher's header, if any */
  step?: number;
  reading: Reading;
  /** for the export (the timeline holds these same objects); a publisher's repeated headers are one array */
  headers?: Headers;
};

export type Received = Incoming & { continuity?: Continuity };

export type PublisherView = {
  key: string;
  name?: string;
  latest: Reading;
  at: number;
  count: number;
  missed: number;
  lastNumber?: number;
};

export type CounterState = {
  form: CounterForm;
  errors: FormErrors;
  publishing: boolean;
  /** what the running publisher uses (the last valid settings: an invalid edit leaves it running as it was) */
  publishingWith?: CounterSettings;
  published: number;
  lastPublished?: number;
  publishFailure?: { kind: "not-connected-yet" } | { kind: "bus"; detail: BusDetail };
  listening: string;
  /** pending until the server confirms the subscription on `listening` */
  subscription: "pending" | "ready" | "refused";
  latest?: Received;
  publishers: Record<string, PublisherView>;
  history: Received[];
  total: number;
  /** the id of the value open in the inspector (its bytes stay in the controller) */
  inspecting?: number;
  /** changes when the controller's values over time do (the chart reads them from the controller) */
  timeline: number;
};

export const initialCounterState = (): CounterState => ({
  form: DEFAULT_FORM,
  errors: {},
  publishing: false,
  published: 0,
  listening: DEFAULT_FORM.subject,
  subscription: "pending",
  publishers: {},
  history: [],
  total: 0,
  timeline: 0,
});

export const createCounterStore = () => createStore<CounterState>()(initialCounterState);

/** The state after a batch of received values: one store update per batch. */
export const withReceived = (s: CounterState, batch: Incoming[], localStep: number): Partial<CounterState> => receive(s, batch, localStep).patch;

/** The state after a batch, and the batch's values with their continuity. */
export function receive(s: CounterState, batch: Incoming[], localStep: number): { patch: Partial<CounterState>; received: Received[] } {
  const publishers = { ...s.publishers };
  const received: Received[] = [];
  for (const m of batch) {
    const prev = publishers[m.publisherKey];
    let cont: Continuity | undefined;
    let missed = prev?.missed ?? 0;
    if (m.reading.kind === "number") {
      cont = continuity(prev?.lastNumber, m.reading.value, m.step ?? localStep);
      if (cont.kind === "gap") missed += cont.missed;
    }
    publishers[m.publisherKey] = {
      key: m.publisherKey,
      name: m.publisher,
      latest: m.reading,
      at: m.at,
      count: (prev?.count ?? 0) + 1,
      missed,
      lastNumber: m.reading.kind === "number" ? m.reading.value : prev?.lastNumber,
    };
    received.push({ ...m, continuity: cont });
  }
  const patch = {
    publishers,
    latest: received.at(-1) ?? s.latest,
    history: prependBounded(s.history, received, HISTORY_SIZE),
    total: s.total + batch.length,
  };
  return { patch, received };
}

export const listeningAfresh = (listening: string): Partial<CounterState> => ({
  listening,
  subscription: "pending",
  publishers: {},
  history: [],
  latest: undefined,
  total: 0,
});

/** Worth a note next to the value: not a number, a gap, a jump, a restart. */
export const isFlagged = (r: Received) => r.reading.kind === "not-a-number" || (r.continuity !== undefined && r.continuity.kind !== "first" && r.continuity.kind !== "in-step");
