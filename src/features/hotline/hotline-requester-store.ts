import { createStore } from "zustand/vanilla";
import { prependBounded } from "../../ui/ring";
import type { Code } from "./hotline-protocol";
import { EXAMPLES } from "./hotline-examples";
import type { AskMode, RequesterErrors, RequesterForm } from "./hotline-request-form";
import { checkRequest, DEFAULT_REQUESTER_FORM, jsonProblem, switchCode } from "./hotline-request-form";
import type { CallKind, CallResult } from "./hotline-ask";
import type { Inspectable, MessageFacts } from "./hotline-kept";
import type { LateReply } from "./hotline-ask";

export const HISTORY_SIZE = 50;

export type CallRecord = {
  id: number;
  at: number;
  subject: string;
  payload: string;
  code: string;
  mode: AskMode;
  timeoutMs: number;
  result: CallResult;
  /** the request as sent (absent when it never left the tab) and the reply as received (absent when none came) */
  inspect: Inspectable;
  /** a timed-out call's reply that came after all (explicit inbox only): the call stays a timeout */
  late?: LateReply["result"];
};

export type RunSummary = {
  total: number;
  done: number;
  stopped: boolean;
  outcomes: Partial<Record<CallKind, number>>;
  agents: Record<string, number>;
  /** round-trip times of answered calls (replies and error replies), at most one per call of the run */
  rtts: number[];
};

export type RequesterState = {
  form: RequesterForm;
  errors: RequesterErrors;
  /** the code whose example was not applied because the JSON had been edited */
  keptFor?: Code;
  /** why nothing was sent though the form is fine */
  notice?: "not-connected-yet";
  busy: boolean;
  /** what is on the wire now, shown while waiting */
  asking?: { subject: string; mode: AskMode; timeoutMs: number };
  last?: CallRecord;
  history: CallRecord[];
  run?: RunSummary;
  /** the call the Sequence shows (clicked in the history); undefined: the latest */
  selected?: number;
};

export const initialRequesterState = (): RequesterState => ({
  form: DEFAULT_REQUESTER_FORM,
  errors: {},
  busy: false,
  history: [],
});

export const createRequesterStore = () => createStore<RequesterState>()(initialRequesterState);

export const newRun = (total: number): RunSummary => ({ total, done: 0, stopped: false, outcomes: {}, agents: {}, rtts: [] });

const answeredBy = (r: CallResult) => (r.kind === "reply" || r.kind === "error-reply" ? r.agent : undefined);

/** One store update per batch of results: the history, the last result, the run's tallies. */
export function withCalls(s: RequesterState, records: CallRecord[]): Partial<RequesterState> {
  const run = s.run ? { ...s.run, outcomes: { ...s.run.outcomes }, agents: { ...s.run.agents }, rtts: [...s.run.rtts] } : undefined;
  if (run) {
    for (const { result } of records) {
      run.done++;
      run.outcomes[result.kind] = (run.outcomes[result.kind] ?? 0) + 1;
      const agent = answeredBy(result);
      if (agent !== undefined) run.agents[agent] = (run.agents[agent] ?? 0) + 1;
      if (result.kind === "reply" || result.kind === "error-reply") run.rtts.push(result.rttMs);
    }
  }
  return { run, last: records.at(-1) ?? s.last, history: prependBounded(s.history, records, HISTORY_SIZE) };
}

export function withFormEdited(s: RequesterState, patch: Partial<Omit<RequesterForm, "code">>): Partial<RequesterState> {
  const form = { ...s.form, ...patch };
  const errors = { ...s.errors };
  // once a field showed an error, it is re-checked as the user fixes it
  if (patch.json !== undefined && errors.json) errors.json = jsonProblem(form.json);
  if (patch.subject !== undefined || patch.timeoutMs !== undefined || patch.repeat !== undefined) {
    const fresh = checkRequest(form).errors;
    errors.subject = fresh.subject;
    errors.timeoutMs = fresh.timeoutMs;
    errors.repeat = fresh.repeat;
  }
  const keptFor = patch.json !== undefined && form.json === EXAMPLES[form.code] ? undefined : s.keptFor;
  return { form, errors, keptFor };
}

/** Picking a code replaces the JSON only if it is still an untouched example. */
export function withCodePicked(s: RequesterState, code: Code): Partial<RequesterState> {
  const { form, kept } = switchCode(s.form, code);
  return { form, keptFor: kept ? code : undefined, errors: { ...s.errors, json: undefined } };
}

export const withExampleApplied = (s: RequesterState): Partial<RequesterState> => ({
  form: { ...s.form, json: EXAMPLES[s.form.code] },
  keptFor: undefined,
  errors: { ...s.errors, json: undefined },
});

export const runStopped = (s: RequesterState): Partial<RequesterState> => ({ run: s.run && { ...s.run, stopped: true } });

export const historyCleared = (): Partial<RequesterState> => ({ history: [], run: undefined, selected: undefined });

/** A late reply joins its call (in the history, and in the Result if it shows that call); the reply becomes inspectable. */
export function withLateReply(s: RequesterState, id: number, late: LateReply["result"], reply: MessageFacts): Partial<RequesterState> {
  const call = s.last?.id === id ? s.last : s.history.find((c) => c.id === id);
  if (!call) return {};
  // one object for the history and the Result: the same call
  const joined: CallRecord = { ...call, late, inspect: { ...call.inspect, reply } };
  return { history: s.history.map((c) => (c.id === id ? joined : c)), last: s.last?.id === id ? joined : s.last };
}

/** The call the Sequence shows: the one clicked, while it is still in the history; else the latest. */
export const selectedCall = (s: RequesterState): CallRecord | undefined =>
  (s.selected === undefined ? undefined : s.history.find((c) => c.id === s.selected)) ?? s.last ?? s.history[0];
