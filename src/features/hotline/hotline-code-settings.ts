// What the Code region's programs do: the panel's own settings (the same store
// values the panel uses), mapped to the generators' settings. Pure.
import type { AgentCode, RequesterCode } from "../../codegen/hotline-code";
import type { AgentForm } from "./hotline-agent-form";
import { checkAgentForm } from "./hotline-agent-form";
import { DEFAULT_SUBJECT, QUEUE_GROUP } from "./hotline-protocol";
import type { RequesterForm } from "./hotline-request-form";
import { checkRequest, DEFAULT_REQUESTER_FORM } from "./hotline-request-form";
import { validatePublishSubject } from "../../subjects/subject-grammar";

export const CodeVariant = { Agent: "agent", Requester: "requester" } as const;
export type CodeVariant = (typeof CodeVariant)[keyof typeof CodeVariant];

/** A setting the form refuses, replaced in the programs (and said so): they never carry a value the panel would not use. */
export type Replaced = { setting: "subject" | "agent" | "timeout"; by: string };

export const FALLBACK_AGENT = "agent";
const DEFAULT_TIMEOUT_MS = Number(DEFAULT_REQUESTER_FORM.timeoutMs);

/** The panel's agent as a program: its subject (the one it answers on while the form's is refused), the queue group, its name. */
export function agentCodeOf(form: AgentForm, answering?: { subject: string }): { settings: AgentCode; replaced: Replaced[] } {
  const { settings, errors } = checkAgentForm(form);
  const replaced: Replaced[] = [];
  const subject = errors.subject ? (answering?.subject ?? DEFAULT_SUBJECT) : form.subject.trim();
  if (errors.subject) replaced.push({ setting: "subject", by: subject });
  const agentName = settings?.agent ?? (errors.agent ? FALLBACK_AGENT : form.agent.trim());
  if (errors.agent) replaced.push({ setting: "agent", by: agentName });
  return { settings: { subject, queue: QUEUE_GROUP, agentName }, replaced };
}

/**
 * The panel's requester as a program: subject, Request JSON as typed, timeout, and the way it asks (inbox or
 * request()). A refused subject is replaced by the one the agent answers on (when one can publish to it), else hotline.
 */
export function requesterCodeOf(form: RequesterForm, answering?: { subject: string }): { settings: RequesterCode; replaced: Replaced[] } {
  const { errors } = checkRequest(form);
  const replaced: Replaced[] = [];
  const fallback = answering && validatePublishSubject(answering.subject).ok ? answering.subject : DEFAULT_SUBJECT;
  const subject = errors.subject ? fallback : form.subject.trim();
  if (errors.subject) replaced.push({ setting: "subject", by: subject });
  const timeoutMs = errors.timeoutMs ? DEFAULT_TIMEOUT_MS : Number(form.timeoutMs.trim());
  if (errors.timeoutMs) replaced.push({ setting: "timeout", by: String(timeoutMs) });
  return { settings: { subject, json: form.json, timeoutMs, mode: form.mode }, replaced };
}

/** What the panel is doing right now: answering (its agent runs), else asking. */
export const codeVariantNow = (answering: boolean): CodeVariant => (answering ? CodeVariant.Agent : CodeVariant.Requester);
