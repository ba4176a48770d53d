import { create } from "zustand";
import { prependBounded } from "../../ui/ring";
import type { AgentErrors, AgentForm } from "./hotline-agent-form";
import { defaultAgentForm } from "./hotline-agent-form";
import type { HandledCall } from "./hotline-responder-service";

export const CALLS_LOGGED = 100;

export type LoggedCall = HandledCall & { id: number };

type AgentStore = {
  form: AgentForm;
  /** the user typed a name; until then the agent is named after the tab */
  nameEdited: boolean;
  errors: AgentErrors;
  /** what the user asked for (the checkbox) */
  enabled: boolean;
  /** what the server confirmed: the agent's subscription is in place */
  answering?: { subject: string; queue: string };
  error?: string;
  calls: LoggedCall[];
  handled: number;
};

export const initialAgentState = (): AgentStore => ({
  form: defaultAgentForm(""),
  nameEdited: false,
  errors: {},
  enabled: false,
  calls: [],
  handled: 0,
});

export const useHotlineAgent = create<AgentStore>()(initialAgentState);

let nextId = 0;

export function logCalls(batch: HandledCall[]) {
  const rows = batch.map((c) => ({ ...c, id: ++nextId }));
  useHotlineAgent.setState((s) => ({ calls: prependBounded(s.calls, rows, CALLS_LOGGED), handled: s.handled + batch.length }));
}

export function clearCallsLog() {
  useHotlineAgent.setState({ calls: [], handled: 0 });
}
