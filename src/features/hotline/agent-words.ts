import { describeProblem, subjectEn } from "../../subjects/subject-text";
import type { SubjectText } from "../../subjects/subject-text";
import { busEn, describeBusDetail } from "../../nats/bus-text";
import type { BusText } from "../../nats/bus-text";
import type { AgentProblem } from "./hotline-agent-form";
import type { CallNote } from "./hotline-agent-call";
import type { ErrorCause, SendProblem } from "./hotline-error-causes";
import { CODES } from "./hotline-protocol";
import type { Marks } from "./hotline-marks";
import { plain } from "./hotline-marks";
import type { AgentText } from "./agent-text";
import { agentEn } from "./agent-text";

/** The catalogues the agent's views speak with. */
export type AgentWords = { t: AgentText; subject: SubjectText; bus: BusText };

export const agentWordsEn: AgentWords = { t: agentEn, subject: subjectEn, bus: busEn };

export function describeAgentProblem(p: AgentProblem, w: AgentWords = agentWordsEn): string {
  switch (p.kind) {
    case "subject":
      return describeProblem(p.problem, w.subject);
    case "no-name":
      return w.t.problem.noName;
    case "name-too-long":
      return w.t.problem.nameTooLong(p);
  }
}

export function describeSendProblem(p: SendProblem, w: AgentWords = agentWordsEn, m: Marks = plain): string {
  switch (p.kind) {
    case "too-large":
      return w.t.send.tooLarge(p);
    case "no-reply-subject":
      return w.t.send.noReplySubject(m.code);
    case "bus":
      return describeBusDetail(p.detail, w.bus);
  }
}

/** Why the agent answered ok: false; in English, the reply's own `error` text. */
export function describeCause(c: ErrorCause, w: AgentWords = agentWordsEn, m: Marks = plain): string {
  const t = w.t.cause;
  const q = m.code;
  const codes = q(CODES.join(", "));
  switch (c.kind) {
    case "empty-request":
      return t.emptyRequest(q);
    case "invalid-json":
      return t.invalidJson({ detail: m.data(c.detail) });
    case "not-an-object":
      return t.notAnObject({ got: w.t.got[c.got] }, q);
    case "missing-code":
      return t.missingCode({ codes }, q);
    case "code-not-a-string":
      return t.codeNotAString({ got: w.t.got[c.got], codes }, q);
    case "unknown-code":
      return t.unknownCode({ code: q(`"${c.code}"`), codes });
    case "echo-needs-data":
      return t.echoNeedsData(q);
    case "upper-needs-text":
      return t.upperNeedsText({ got: w.t.got[c.got] }, q);
    case "sum-needs-values":
      return t.sumNeedsValues({ got: w.t.got[c.got] }, q);
    case "sum-not-a-number":
      return t.sumNotANumber({ index: c.index, got: w.t.got[c.got] }, q);
    case "sum-overflow":
      return t.sumOverflow(q);
    case "sleep-needs-ms":
      return t.sleepNeedsMs({ got: w.t.got[c.got] }, q);
    case "sleep-out-of-range":
      return t.sleepOutOfRange(c, q);
    case "agent-crashed":
      return t.agentCrashed({ detail: m.data(c.detail) });
    case "reply-not-sent":
      return t.replyNotSent({ why: describeSendProblem(c.why, w, m) });
  }
}

export function describeCallNote(n: CallNote, w: AgentWords = agentWordsEn, m: Marks = plain): string {
  switch (n.kind) {
    case "no-reply-subject":
      return w.t.log.noReplySubject;
    case "stopped-before-reply":
      return w.t.log.stopped;
    case "not-sent":
      return w.t.log.notSent({ why: describeSendProblem(n.why, w, m) });
  }
}
