import { defineMessages } from "../../i18n/messages";
import type { ReplyMode } from "./hotline-agent-form";
import type { Got } from "./hotline-error-causes";
import type { Mark } from "./hotline-marks";

type Got_ = { got: string };

// The responder half of the Hotline, in English (French: agent-text.fr.ts). The
// causes say why the agent answered ok: false; in English they read exactly as the
// reply's `error` text on the wire (hotline-error-causes.ts). `q` marks a literal of
// the protocol (hotline-marks.ts).
export const agentEn = {
  settings: {
    title: "Responder",
    intro: (p: { queue: string }) =>
      `Makes this tab a hotline agent. Agents join the queue group ${p.queue}: the server hands each call to one of them.`,
    toggle: "Answer the hotline",
    name: "Agent name",
    nameHint: "every reply carries it, so the requester sees who answered",
    replyWith: "Reply with",
  },
  replyModes: {
    respond: "msg.respond()",
    publish: "publish to reply subject",
  } satisfies Record<ReplyMode, string>,
  replyHints: {
    respond: (q: Mark) => `the message's own ${q("respond()")}: publishes on its reply subject for you`,
    publish: (q: Mark) => `${q("client.publish(msg.reply, …)")}: the same thing, spelled out`,
  } satisfies Record<ReplyMode, (q: Mark) => string>,
  status: {
    label: "Agent status",
    off: "Not answering",
    on: (p: { subject: string; name: string; queue: string }) => `Answering on ${p.subject} as ${p.name}, in queue group ${p.queue}`,
    fix: "Not answering yet: fix the settings above",
    joining: "Joining the queue group…",
  },
  problem: {
    noName: "give the agent a name: every reply carries it",
    nameTooLong: (p: { length: number; max: number }) => `${p.length} characters is too long: at most ${p.max}`,
  },
  log: {
    title: "Calls this agent handled",
    clear: "Clear log",
    none: "No call yet.",
    handled: (p: { count: string; n: number; shown?: number }) => `${p.count} handled${p.shown ? ` (the last ${p.shown} shown)` : ""}`,
    list: "Calls handled",
    outcome: { ok: "ok", error: "error", "no-reply": "no reply" },
    handledIn: (p: { ms: string }) => `handled in ${p.ms}`,
    as: (p: { agent: string; mode: string; subject: string }) => `as ${p.agent} · ${p.mode} · on ${p.subject}`,
    request: "request",
    empty: "(empty)",
    replySubject: "reply subject",
    replySent: "reply sent",
    reason: "reason",
    clipped: (p: { length: string }) => `… (${p.length} characters in all)`,
    number: (p: { n: string }) => `#${p.n}`,
    inspectRequest: "Inspect request",
    inspectReply: "Inspect reply",
    inspectRequestOf: (p: { n: string }) => `Inspect request of handled call ${p.n}`,
    inspectReplyOf: (p: { n: string }) => `Inspect reply of handled call ${p.n}`,
    dropped: (p: { budget: string }) =>
      `This message's bytes are no longer kept: the agent keeps the requests and replies of its newest calls, up to ${p.budget}.`,
    noReplySubject: "no reply subject: nothing to answer",
    stopped: "agent stopped before replying: no reply sent",
    notSent: (p: { why: string }) => `${p.why}; no reply sent`,
  },
  got: {
    null: "null",
    array: "an array",
    string: "a string",
    number: "a number",
    boolean: "a boolean",
    object: "an object",
    nothing: "nothing",
    "too-large": "a number too large to represent",
  } satisfies Record<Got | "too-large", string>,
  cause: {
    emptyRequest: (q: Mark) => `empty request: send a JSON object like ${q('{"code": "ping"}')}`,
    invalidJson: (p: { detail: string }) => `invalid JSON: ${p.detail}`,
    notAnObject: (p: Got_, q: Mark) => `the request must be a JSON object like ${q('{"code": "ping"}')}, got ${p.got}`,
    missingCode: (p: { codes: string }, q: Mark) => `missing ${q('"code"')}: say what you want with one of ${p.codes}`,
    codeNotAString: (p: Got_ & { codes: string }, q: Mark) => `${q('"code"')} must be a string, got ${p.got}: use one of ${p.codes}`,
    /** code: what the request asked, quoted */
    unknownCode: (p: { code: string; codes: string }) => `unknown code ${p.code}: known codes are ${p.codes}`,
    echoNeedsData: (q: Mark) => `${q("'echo'")} needs a ${q('"data"')} field (any JSON value) to send back`,
    upperNeedsText: (p: Got_, q: Mark) => `${q("'upper'")} needs ${q('"text"')} to be a string, got ${p.got}`,
    sumNeedsValues: (p: Got_, q: Mark) => `${q("'sum'")} needs ${q('"values"')}: an array of numbers, got ${p.got}`,
    sumNotANumber: (p: Got_ & { index: number }, q: Mark) => `${q("'sum'")} needs numbers: ${q(`"values"[${p.index}]`)} is ${p.got}`,
    sumOverflow: (q: Mark) => `${q("'sum'")} overflowed: the total is too large to represent`,
    sleepNeedsMs: (p: Got_, q: Mark) => `${q("'sleep'")} needs ${q('"ms"')}: a whole number of milliseconds, got ${p.got}`,
    sleepOutOfRange: (p: { ms: number; max: number }, q: Mark) => `${q("'sleep'")} takes ${q('"ms"')} from 0 to ${p.max}, got ${p.ms}`,
    /** detail: what the handler threw, in the JS engine's words */
    agentCrashed: (p: { detail: string }) => `the agent could not handle this request: ${p.detail}`,
    replyNotSent: (p: { why: string }) => `the agent could not send its reply: ${p.why}`,
  },
  send: {
    tooLarge: (p: { size: number; limit: number }) => `reply of ${p.size} bytes is over the server's max_payload of ${p.limit} bytes`,
    noReplySubject: (q: Mark) => `${q("msg.respond()")} found no reply subject`,
  },
};

export type AgentText = typeof agentEn;

export const agentText = defineMessages(agentEn, () => import("./agent-text.fr"));
