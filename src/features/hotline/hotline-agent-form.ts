// The responder's settings. Pure.
import { validatePattern } from "../../subjects/subject-grammar";
import { DEFAULT_SUBJECT } from "./hotline-protocol";

export const ReplyMode = { Respond: "respond", Publish: "publish" } as const;
export type ReplyMode = (typeof ReplyMode)[keyof typeof ReplyMode];

export const MAX_AGENT_NAME = 64;

export type AgentForm = { subject: string; agent: string; mode: ReplyMode };
export type AgentErrors = Partial<Record<"subject" | "agent", string>>;
export type AgentSettings = AgentForm;

export const defaultAgentForm = (agent: string): AgentForm => ({ subject: DEFAULT_SUBJECT, agent, mode: ReplyMode.Respond });

export function checkAgentForm(form: AgentForm): { settings?: AgentSettings; errors: AgentErrors } {
  const errors: AgentErrors = {};
  const subject = validatePattern(form.subject.trim());
  if (!subject.ok) errors.subject = subject.reason;
  const agent = form.agent.trim();
  if (agent === "") errors.agent = "give the agent a name: every reply carries it";
  else if (agent.length > MAX_AGENT_NAME) errors.agent = `${agent.length} characters is too long: at most ${MAX_AGENT_NAME}`;
  if (Object.keys(errors).length > 0) return { errors };
  return { settings: { subject: form.subject.trim(), agent, mode: form.mode }, errors };
}
