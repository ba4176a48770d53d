import type { SubjectProblem } from "../subjects/subject-problems";
import { describeProblem } from "../subjects/subject-text";
import type { FieldProblem } from "../features/counter/counter-logic";
import { describeFieldProblem } from "../features/counter/counter-text";
import type { PatternProblem } from "../features/subjects/receiver/receiver-store";
import { describePatternProblem } from "../features/subjects/receiver/receiver-text";
import type { EveryProblem } from "../features/subjects/publisher/publisher-logic";
import { describeEveryProblem } from "../features/subjects/publisher/publisher-text";
import type { AgentProblem } from "../features/hotline/hotline-agent-form";
import { describeAgentProblem } from "../features/hotline/agent-words";
import type { RequestProblem } from "../features/hotline/hotline-request-form";
import { describeRequestProblem } from "../features/hotline/requester-words";
import type { ChatProblem } from "../features/chat/chat-checks";
import { describeChatProblem } from "../features/chat/chat-words";

// Why a command line is refused (exit code 2), as data; said in English by
// describeUsage. A field's own problem is the feature's, said by its describer,
// so the terminal refuses exactly what the panel refuses, in the same words.
export type UsageProblem =
  | { kind: "no-kind"; kinds: readonly string[] }
  | { kind: "unknown-kind"; text: string; kinds: readonly string[] }
  | { kind: "unknown-option"; option: string; command: string; suggestion?: string }
  | { kind: "missing-value"; option: string; value: string }
  | { kind: "repeated-option"; option: string }
  | { kind: "flag-with-value"; option: string }
  | { kind: "missing-argument"; command: string; what: string }
  | { kind: "extra-argument"; command: string; text: string }
  | { kind: "not-whole"; option: string; text: string; min: number; max: number }
  | { kind: "out-of-range"; option: string; value: number; min: number; max: number }
  | { kind: "choice"; option: string; text: string; choices: readonly string[] }
  | { kind: "servers"; text: string; why: "not-a-url" | "websocket" | "http" | "scheme" }
  | { kind: "credentials-half"; given: "--user" | "--pass"; missing: "--user" | "--pass" }
  | { kind: "name"; option: string; why: "whitespace" | "too-long"; max: number }
  | { kind: "subject"; option: string; problem: SubjectProblem }
  | { kind: "counter"; option: string; problem: FieldProblem }
  | { kind: "every"; option: string; problem: EveryProblem }
  | { kind: "pattern"; what: string; problem: PatternProblem }
  | { kind: "agent"; option: string; problem: AgentProblem }
  | { kind: "request"; option: string; problem: RequestProblem }
  | { kind: "chat"; option: string; problem: ChatProblem };

export function describeUsage(p: UsageProblem): string {
  switch (p.kind) {
    case "no-kind":
      return `say which service to run: one of ${p.kinds.join(", ")}`;
    case "unknown-kind":
      return `'${p.text}' is not a service: use one of ${p.kinds.join(", ")}`;
    case "unknown-option":
      return `${p.option} is not an option of ${p.command}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}; --help lists them`;
    case "missing-value":
      return `${p.option} needs a value: ${p.option} <${p.value}>`;
    case "repeated-option":
      return `${p.option} is given twice: give it once`;
    case "flag-with-value":
      return `${p.option} takes no value`;
    case "missing-argument":
      return `${p.command} needs ${p.what}`;
    case "extra-argument":
      return `${p.command} does not take '${p.text}' (options start with --)`;
    case "not-whole":
      return `${p.option} ${p.text}: not a whole number (${p.min} to ${p.max})`;
    case "out-of-range":
      return `${p.option} ${p.value}: out of range (${p.min} to ${p.max})`;
    case "choice":
      return `${p.option} ${p.text}: use one of ${p.choices.join(", ")}`;
    case "servers":
      return serversProblem(p.text, p.why);
    case "credentials-half":
      return `${p.given} without ${p.missing}: give both, or neither`;
    case "name":
      return p.why === "whitespace" ? `${p.option}: a name cannot be blank` : `${p.option}: a name has at most ${p.max} characters`;
    case "subject":
      return `${p.option}: ${describeProblem(p.problem)}`;
    case "counter":
      return `${p.option}: ${p.problem.kind === "subject" ? describeProblem(p.problem.problem) : describeFieldProblem(p.problem)}`;
    case "every":
      return `${p.option}: ${describeEveryProblem(p.problem)}`;
    case "pattern":
      return `${p.what}: ${describePatternProblem(p.problem)}`;
    case "agent":
      return `${p.option}: ${describeAgentProblem(p.problem)}`;
    case "request":
      return `${p.option}: ${describeRequestProblem(p.problem)}`;
    case "chat":
      return `${p.option}: ${describeChatProblem(p.problem)}`;
  }
}

function serversProblem(text: string, why: "not-a-url" | "websocket" | "http" | "scheme"): string {
  switch (why) {
    case "not-a-url":
      return `--servers ${text}: not a server address; write nats://host:port (several: comma-separated)`;
    case "websocket":
      return `--servers ${text}: ws:// is for browsers; a service connects over TCP: use nats://host:4222`;
    case "http":
      return `--servers ${text}: that is a web address; a service connects over TCP: use nats://host:4222`;
    case "scheme":
      return `--servers ${text}: use nats:// (or tls://) followed by host:port`;
  }
}
