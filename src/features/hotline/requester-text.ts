import { defineMessages } from "../../i18n/messages";
import type { Code } from "./hotline-protocol";
import type { AskMode } from "./hotline-request-form";
import type { CallKind } from "./hotline-ask";
import type { Mark } from "./hotline-marks";

type Count = { count: string; n: number };

// The requester half of the Hotline and the Subject both halves share, in English
// (French: requester-text.fr.ts). `q` marks a literal of the protocol (hotline-marks.ts).
export const requesterEn = {
  subject: {
    label: "Subject",
    hint: "the responder below listens on it and the requester asks on it; any NATS client can use it too",
  },
  form: {
    title: "Requester",
    intro: "Asks whoever answers the subject: an agent tab, or any NATS client speaking the hotline protocol.",
    code: "Code",
    json: "Request JSON",
    jsonHint: "Ctrl+Enter sends the request",
    kept: "Your edited JSON was kept.",
    useExample: (p: { code: string }) => `Use the ${p.code} example`,
    timeout: "Timeout (ms)",
    askWith: "Ask with",
    repeat: "Repeat",
    repeatHint: "sends this many requests one after the other",
    send: "Send request",
    stop: "Stop",
    notConnectedYet: "not connected yet: send again once the status says Connected",
  },
  askModes: {
    request: "request()",
    inbox: "explicit inbox",
  } satisfies Record<AskMode, string>,
  askHints: {
    request: (q: Mark) => `${q("client.request()")}: nats.ws makes the inbox and waits for you`,
    inbox: (q: Mark) =>
      `new inbox, subscribe to it, publish with ${q("reply = inbox")}, wait for the first message, unsubscribe (after a timeout, 10 s later: a late reply still shows)`,
  } satisfies Record<AskMode, (q: Mark) => string>,
  codeHints: {
    ping: (q: Mark) => `answers ${q('"pong"')}`,
    echo: (q: Mark) => `sends ${q('"data"')} back as is`,
    time: (_q: Mark) => "the agent's current time (ISO 8601)",
    sum: (q: Mark) => `adds up ${q('"values"')}, an array of numbers`,
    upper: (q: Mark) => `upper-cases ${q('"text"')}`,
    sleep: (q: Mark) => `waits ${q('"ms"')} (0–60000) before answering: longer than the timeout gives a Timeout`,
  } satisfies Record<Code, (q: Mark) => string>,
  problem: {
    jsonEmpty: (q: Mark) => `Request JSON is empty: write a JSON object like ${q('{"code": "ping"}')}. Nothing was sent.`,
    /** detail: the JSON parser's own message, in the browser's words */
    jsonInvalid: (p: { detail: string }) => `Invalid JSON: ${p.detail}. Nothing was sent; fix it and send again.`,
    notWhole: (p: { text: string; what: string; min: number; max: number }) =>
      `'${p.text}' is not a whole number: ${p.what} is ${p.min} to ${p.max}`,
    outOfRange: (p: { value: number; what: string; min: number; max: number }) =>
      `${p.value} is out of range: ${p.what} is ${p.min} to ${p.max}`,
    what: { timeout: "the timeout (ms)", repeat: "the repeat count" },
  },
  warning: {
    notAnObject: "not a JSON object: agents will answer with an error reply",
    noCode: (q: Mark) => `no ${q('"code"')}: agents will answer with an error reply`,
    unknownCode: (p: { codes: string }, q: Mark) => `${q('"code"')} is not one of ${p.codes}: agents will answer with an error reply`,
  },
  result: {
    label: "Result",
    empty: "No request sent yet. The reply, or why there is none, shows here.",
    asking: (p: { subject: string; mode: string; timeout: string }) => `Asking ${p.subject} with ${p.mode}, waiting up to ${p.timeout}…`,
    sentOn: "sent on",
    sentWith: (p: { subject: string; mode: string }) => `${p.subject} with ${p.mode}`,
    request: "request",
    replySubject: "reply subject",
    hiddenInbox: "(made by nats.ws, not shown)",
    replyFrom: (p: { agent: string }) => `Reply from ${p.agent}`,
    replyFromUnnamed: "Reply from an unnamed responder",
    errorReplyFrom: (p: { agent: string }) => `Error reply from ${p.agent}`,
    errorReplyFromUnnamed: "Error reply from an unnamed responder",
    noError: (q: Mark) => `the agent said ${q("ok: false")} without an error`,
    rtt: (p: { rtt: string }) => `RTT ${p.rtt} (send to reply)`,
    notJson: "reply is not JSON: shown as text",
    binary: "reply is not UTF-8 text: shown as its size and first bytes",
    /** a long reply, cut in the Result: the inspector shows it all */
    clipped: (p: { length: string }) => `… (${p.length} characters in all: Inspect reply shows them all)`,
    inspectRequest: "Inspect request",
    inspectReply: "Inspect reply",
    /** why a call has no reply to inspect */
    noReply: {
      timeout: "No reply to inspect: none came within the timeout.",
      hidden: "No reply to inspect: request() keeps the server's no-responders status to itself (ask with the explicit inbox to see it).",
      none: "No reply to inspect.",
    },
    offProtocol: (q: Mark) => `reply is JSON but not a hotline reply (no ${q('"ok"')} true/false): shown as is`,
    noResponders: "No responders",
    noRespondersText: (p: { subject: string; rtt: string; timeout: string }) =>
      `Nobody is answering on ${p.subject}: the server said so at once, after ${p.rtt}, without waiting for the ${p.timeout}. Tick “Answer the hotline” in a tab with this subject, or start any service on it.`,
    timeout: "Timeout",
    /** a reply that came after the timeout (explicit inbox: it listens 10 s more) */
    late: (p: { agent: string; rtt: string; after: string }) =>
      `A reply came after all, from ${p.agent}, ${p.rtt} after the request (${p.after} after the timeout): too late, the call had ended.`,
    lateUnnamed: (p: { rtt: string; after: string }) =>
      `A reply came after all, ${p.rtt} after the request (${p.after} after the timeout): too late, the call had ended.`,
    timeoutText: (p: { timeout: string }) =>
      `No answer within ${p.timeout}. Someone took the call (with nobody listening the server would have said so at once) but did not reply in time.`,
    failed: "Request failed",
    stopped: "the requester stopped before the answer",
    status: (p: { code: number; description: string }) => `the server answered with status ${p.code} ${p.description}`,
  },
  outcomes: {
    reply: "reply",
    "error-reply": "error reply",
    "no-responders": "no responders",
    timeout: "timeout",
    failed: "failed",
  } satisfies Record<CallKind, string>,
  history: {
    title: (p: { size: number }) => `Last ${p.size} calls`,
    clear: "Clear history",
    list: "Call history",
    columns: { number: "#", at: "Time", code: "Code", outcome: "Outcome", agent: "Agent", rtt: "RTT", inspect: "Inspect" },
    /** the buttons' visible words, under the Inspect column */
    request: "Request",
    reply: "Reply",
    inspectRequest: (p: { n: string }) => `Inspect request of call ${p.n}`,
    inspectReply: (p: { n: string }) => `Inspect reply of call ${p.n}`,
    noReply: "no reply",
    /** a reply that names no agent */
    unnamed: "?",
    /** after the outcome of a timed-out call whose reply came after all */
    late: "late reply",
    /** the call's number is a button: it shows the call in the Sequence */
    show: (p: { n: string }) => `Show call ${p.n} in the sequence`,
    export: "Export the call history",
  },
  /** what the Message dialog adds about a call's messages */
  inspector: {
    dropped: (p: { budget: string }) =>
      `This message's bytes are no longer kept: the requester keeps the requests and replies of its newest calls, up to ${p.budget}.`,
  },
  run: {
    label: "Run summary",
    done: (p: { done: string; total: string }) => `${p.done}/${p.total} done`,
    stopped: "(stopped)",
    outcomes: {
      reply: (p: Count) => `${p.count} reply`,
      "error-reply": (p: Count) => `${p.count} error reply`,
      "no-responders": (p: Count) => `${p.count} no responders`,
      timeout: (p: Count) => `${p.count} timeout`,
      failed: (p: Count) => `${p.count} failed`,
    } satisfies Record<CallKind, (p: Count) => string>,
    agent: (p: { agent: string; count: string }) => `${p.agent} ${p.count}`,
    answeredBy: (p: { agents: string }) => `answered by ${p.agents}`,
    roundTrip: (p: { p50: string; p99: string; max: string }) => `round trip p50 ${p.p50}, p99 ${p.p99}, max ${p.max}`,
  },
};

export type RequesterText = typeof requesterEn;

export const requesterText = defineMessages(requesterEn, () => import("./requester-text.fr"));
