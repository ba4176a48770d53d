import { createStore } from "zustand/vanilla";
import { prependBounded } from "../../ui/ring";
import type { AgentErrors, AgentForm } from "./hotline-agent-form";
import { checkAgentForm, defaultAgentForm } from "./hotline-agent-form";
import type { HandledCall } from "./hotline-agent-call";
import type { BusDetail } from "../../nats/errors";

export const CALLS_LOGGED = 100;

export type LoggedCall = HandledCall & { id: number };

export type AgentState = {
  form: AgentForm;
  errors: AgentErrors;
  /** what the user asked for (the checkbox) */
  enabled: boolean;
  /** what the server confirmed: the agent's subscription is in place */
  answering?: { subject: string; queue: string };
  /** why the server refused the agent's subscription */
  error?: BusDetail;
  calls: LoggedCall[];
  handled: number;
};

/** Named after the tab until the user types a name. */
export const initialAgentState = (agentName: string): AgentState => {
  const form = defaultAgentForm(agentName);
  return { form, errors: checkAgentForm(form).errors, enabled: false, calls: [], handled: 0 };
};

export const createAgentStore = (agentName: string) => createStore<AgentState>()(() => initialAgentState(agentName));

/** One store update per batch of handled calls, newest first. */
export function withCallsLogged(s: AgentState, batch: HandledCall[]): Partial<AgentState> {
  // ids only need to be unique within the log, which starts afresh when cleared
  const rows = batch.map((c, i) => ({ ...c, id: s.handled + i + 1 }));
  return { calls: prependBounded(s.calls, rows, CALLS_LOGGED), handled: s.handled + batch.length };
}

export const withFormEdited = (s: AgentState, patch: Partial<AgentForm>): Partial<AgentState> => {
  const form = { ...s.form, ...patch };
  return { form, errors: checkAgentForm(form).errors };
};

export const callsLogCleared = (): Partial<AgentState> => ({ calls: [], handled: 0 });
