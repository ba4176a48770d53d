import { createStore } from "zustand/vanilla";
import { prependBounded } from "../../ui/ring";
import type { AgentErrors, AgentForm } from "./hotline-agent-form";
import { checkAgentForm, defaultAgentForm } from "./hotline-agent-form";
import type { HandledCall } from "./hotline-agent-call";
import type { Inspectable } from "./hotline-kept";
import type { BusDetail } from "../../nats/errors";

export const CALLS_LOGGED = 100;

export type LoggedCall = HandledCall & {
  /** the call's number in the log (1 is the first since it was last cleared) */
  id: number;
  /** the request as received, and the reply as sent (absent when none went out) */
  inspect: Inspectable;
};

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
export const withCallsLogged = (s: AgentState, batch: LoggedCall[]): Partial<AgentState> => ({
  calls: prependBounded(s.calls, batch, CALLS_LOGGED),
  handled: s.handled + batch.length,
});

export const withFormEdited = (s: AgentState, patch: Partial<AgentForm>): Partial<AgentState> => {
  const form = { ...s.form, ...patch };
  return { form, errors: checkAgentForm(form).errors };
};

export const callsLogCleared = (): Partial<AgentState> => ({ calls: [], handled: 0 });
