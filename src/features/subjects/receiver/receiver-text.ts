import { defineMessages } from "../../../i18n/messages";
import { shown } from "../../../subjects/subject-grammar";
import { describeProblem, subjectEn } from "../../../subjects/subject-text";
import type { SubjectText } from "../../../subjects/subject-text";
import type { Count } from "../counts";
import type { MismatchReport } from "./mismatch";
import type { PatternProblem, SubState } from "./receiver-store";

type Pattern = { pattern: string };
type Path = { path: string };
type Pair = { subject: string; pattern: string };

// Every word of the Subjects panel's receiving half, in English (French: receiver-text.fr.ts).
// Subjects, patterns and payloads are data: parameters, never words here.
export const receiverEn = {
  /** between the notes of one field */
  separator: "; ",
  subs: {
    title: "Subscriptions of this tab",
    pattern: "Pattern",
    /** '*' and '>' are shown as code */
    patternHint: "* = exactly one token, > = one or more at the end",
    subscribe: "Subscribe",
    none: "No subscription: add a pattern to receive messages.",
    list: "Subscriptions",
    totalsLabel: "Totals",
    totals: (p: { messages: number; deliveries: number }, n: Count) =>
      `${n(p.messages)} message${p.messages === 1 ? "" : "s"} received, ${n(p.deliveries)} deliver${p.deliveries === 1 ? "y" : "ies"} — one per matching subscription`,
    countFor: (p: Pattern) => `Count for ${p.pattern}`,
    countTitle: "messages delivered by this subscription",
    state: {
      waiting: "waiting for the connection",
      subscribing: "subscribing…",
      active: "subscribed",
      paused: "paused — unsubscribed on the server",
      refused: "refused by the server",
    } satisfies Record<SubState, string>,
    pause: "Pause",
    pauseFor: (p: Pattern) => `Pause ${p.pattern}`,
    resume: "Resume",
    resumeFor: (p: Pattern) => `Resume ${p.pattern}`,
    remove: "Remove",
    removeFor: (p: Pattern) => `Remove ${p.pattern}`,
    duplicate: (p: Pattern) => `${p.pattern}: already in the list — each pattern is one subscription`,
  },
  log: {
    title: "Message log",
    clear: "Clear log and tree",
    intro: "Each message once, with a chip for every subscription of this tab the server delivered it to.",
    newest: (p: { shown: number; kept: number; messages: number }, n: Count) =>
      `Newest ${n(p.shown)} shown (last ${n(p.kept)} kept) of ${n(p.messages)}.`,
    empty: "No message yet: publish one, or subscribe to a pattern that matches.",
    list: "Message log",
    /** on a row published by a client that is not a playground tab */
    foreign: "foreign",
    emptyPayload: "(empty)",
    receivedBy: "Received by",
    explain: "Explain",
    explainFor: (p: { subject: string }) => `Explain ${p.subject}`,
    mismatch: "Mismatch:",
  },
  mismatch: {
    unexpected: (p: Pair) => `the server delivered '${p.subject}' to '${p.pattern}', but the local matcher says '${p.pattern}' does not match it`,
    missing: (p: Pair) => `'${p.pattern}' matches '${p.subject}' says the local matcher, but its subscription did not receive it`,
    banner: (p: { count: number }, n: Count) => `Attribution mismatch (${n(p.count)} message${p.count > 1 ? "s" : ""}):`,
    /** follows the last mismatch */
    bannerEnd: ". The server's deliveries are what the log shows; this should never happen — please report the subject and pattern.",
  },
  tree: {
    title: "Subject tree",
    intro: "One node per token of the subjects received: messages at or below it, the last payload, and the patterns of this tab that match it.",
    full: (p: { max: number }, n: Count) => `Full (${n(p.max)} nodes): new subjects are counted in their parent.`,
    empty: "Empty until a message arrives.",
    label: "Token tree",
    expand: (p: Path) => `Expand ${p.path}`,
    collapse: (p: Path) => `Collapse ${p.path}`,
    countTitle: "messages on this subject or below",
    explainFor: (p: Path) => `Explain ${p.path}`,
    more: (p: { count: number }, n: Count) => `… ${n(p.count)} more subjects`,
    notKept: (p: { count: number; max: number }, n: Count) => `+${n(p.count)} messages on subjects not kept (the tree holds at most ${n(p.max)} nodes)`,
  },
  explainer: {
    title: "Why does it match?",
    open: "Open explainer",
    close: "Close explainer",
    closed: "Pick a subject and a pattern and see, token by token, why they match or not.",
    subject: "Explain subject",
    subjectHint: "a subject as published: no wildcards",
    pattern: "Explain pattern",
    result: "Match explanation",
    invalid: "Type a valid subject and pattern to see, token by token, why they match or not.",
    subsIntro: "This tab's patterns for this subject (pick one to explain it):",
    subsList: "This tab's subscriptions, checked",
    explainWith: (p: Pattern) => `Explain with ${p.pattern}`,
  },
};

export type ReceiverText = typeof receiverEn;

export const receiverText = defineMessages(receiverEn, () => import("./receiver-text.fr"));

export function describePatternProblem(p: PatternProblem, t: ReceiverText = receiverEn, st: SubjectText = subjectEn): string {
  return p.kind === "grammar" ? describeProblem(p.problem, st) : t.subs.duplicate({ pattern: shown(p.pattern) });
}

/** Every disagreement of one message, in one sentence; `codes` are the subject and patterns in it. */
export function describeMismatch(m: MismatchReport, t: ReceiverText = receiverEn): { text: string; codes: string[] } {
  const subject = shown(m.subject);
  const parts = [
    ...m.unexpected.map((pattern) => t.mismatch.unexpected({ subject, pattern })),
    ...m.missing.map((pattern) => t.mismatch.missing({ subject, pattern })),
  ];
  return { text: parts.join(t.separator), codes: [subject, ...m.unexpected, ...m.missing] };
}
