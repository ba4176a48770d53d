import { create } from "zustand";
import { prependBounded } from "../../ui/ring";
import type { Code } from "./hotline-protocol";
import type { AskMode, RequesterErrors, RequesterForm } from "./hotline-request-form";
import { DEFAULT_REQUESTER_FORM } from "./hotline-request-form";
import type { CallKind, CallResult } from "./hotline-requester-service";

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

type RequesterStore = {
  form: RequesterForm;
  errors: RequesterErrors;
  /** the code whose example was not applied because the JSON had been edited */
  keptFor?: Code;
  notice?: string;
  busy: boolean;
  /** what is on the wire now, shown while waiting */
  asking?: { subject: string; mode: AskMode; timeoutMs: number };
  last?: CallRecord;
  history: CallRecord[];
  run?: RunSummary;
};

export const initialRequesterState = (): RequesterStore => ({
  form: DEFAULT_REQUESTER_FORM,
  errors: {},
  busy: false,
  history: [],
});

export const useHotlineRequester = create<RequesterStore>()(initialRequesterState);

export const newRun = (total: number): RunSummary => ({ total, done: 0, stopped: false, outcomes: {}, agents: {}, rtts: [] });

const answeredBy = (r: CallResult) => (r.kind === "reply" || r.kind === "error-reply" ? r.agent : undefined);

// One store update per batch of results (the actions batch per frame).
export function recordCalls(records: CallRecord[]) {
  useHotlineRequester.setState((s) => {
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
  });
}

export function clearCallHistory() {
  useHotlineRequester.setState({ history: [], run: undefined });
}
