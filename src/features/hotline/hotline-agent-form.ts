// The responder's settings. Pure.
import { validatePattern } from "../../subjects/subject-grammar";
import type { SubjectProblem } from "../../subjects/subject-problems";
import { DEFAULT_SUBJECT } from "./hotline-protocol";

export const ReplyMode = { Respond: "respond", Publish: "publish" } as const;
export type ReplyMode = (typeof ReplyMode)[keyof typeof ReplyMode];

export const MAX_AGENT_NAME = 64;

export type AgentForm = { subject: string; agent: string; mode: ReplyMode };
/** Why a setting is refused: data, said by agent-text.ts in the page's language. */
export type AgentProblem =
  | { kind: "subject"; problem: SubjectProblem }
  | { kind: "no-name" }
  | { kind: "name-too-long"; length: number; max: number };
export type AgentErrors = Partial<Record<"subject" | "agent", AgentProblem>>;
export type AgentSettings = AgentForm;

export const defaultAgentForm = (agent: string): AgentForm => ({ subject: DEFAULT_SUBJECT, agent, mode: ReplyMode.Respond });

export function checkAgentForm(form: AgentForm): { settings?: AgentSettings; errors: AgentErrors } {
  const errors: AgentErrors = {};
  const subject = validatePattern(form.subject.trim());
  if (!subject.ok) errors.subject = { kind: "subject", problem: subject.problem };
  const agent = form.agent.trim();
  if (agent === "") errors.agent = { kind: "no-name" };
  else if (agent.length > MAX_AGENT_NAME) errors.agent = { kind: "name-too-long", length: agent.length, max: MAX_AGENT_NAME };
  if (Object.keys(errors).length > 0) return { errors };
  return { settings: { subject: form.subject.trim(), agent, mode: form.mode }, errors };
}
