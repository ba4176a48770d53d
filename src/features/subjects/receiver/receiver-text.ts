import { defineMessages } from "../../../i18n/messages";
import { shown } from "../../../subjects/subject-grammar";
import { describeProblem, subjectEn } from "../../../subjects/subject-text";
import type { SubjectText } from "../../../subjects/subject-text";
import type { Count } from "../counts";
import type { MismatchReport } from "./mismatch";
import type { Comparison, CompareRefusal } from "./comparison";
import type { NotKept } from "./kept-messages";
import type { PatternProblem, SubState } from "./receiver-store";

type Pattern = { pattern: string };
type Path = { path: string };
type Pair = { subject: string; pattern: string };
/** a log row: its subject and the time it was received, as the page writes it */
type Row = { subject: string; time: string };
/** …and which message of this tab it was (the 3rd received): rows may share a subject and a millisecond */
type NumberedRow = Row & { number: number };

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
    /** the button's text is the inspector's "Inspect" */
    inspectFor: (p: NumberedRow, n: Count) => `Inspect ${p.subject} (message ${n(p.number)}, received at ${p.time})`,
    compare: "Compare",
    compareFor: (p: NumberedRow, n: Count) => `Compare ${p.subject} (message ${n(p.number)}, received at ${p.time})`,
    mismatch: "Mismatch:",
    exportLabel: "Export the message log",
    exportNote: (p: { rows: number }, n: Count) =>
      `The newest ${n(p.rows)} messages, oldest first, with the patterns that received each; whole payloads and headers for those still kept (as Inspect shows them).`,
  },
  kept: {
    dropped: (p: { rows: number; bytes: string }, n: Count) =>
      `This message's payload and headers are no longer kept: the panel keeps those of its newest ${n(p.rows)} messages, within ${p.bytes}.`,
    tooBig: (p: { size: string; bytes: string }) =>
      `This payload (${p.size}) is bigger than the ${p.bytes} the panel keeps of payloads: only its size is known.`,
  },
  compare: {
    title: "Comparison",
    pickAnother: (p: Row) => `Picked: ${p.subject} received at ${p.time}. Press Compare on another message of this subject.`,
    between: (p: { subject: string; first: string; second: string }) => `${p.subject}: from the message received at ${p.first} to the one received at ${p.second}`,
    legend: "− removed from the first, + added in the second; other lines are the same in both.",
    counts: (p: { removed: number; added: number }, n: Count) =>
      `${n(p.removed)} line${p.removed === 1 ? "" : "s"} removed, ${n(p.added)} added.`,
    same: "The two payloads are the same.",
    asJson: "Both are JSON: compared pretty-printed.",
    asText: "Compared as text.",
    lines: "Line by line",
    removed: "removed",
    added: "added",
    unchanged: "unchanged",
    otherSubject: (p: { subject: string; picked: string }) =>
      `${p.subject} was not picked: only messages of one subject are compared, and ${p.picked} is picked. Unpick it first.`,
    notKept: (p: { time: string }) => `The payload received at ${p.time} is no longer kept: pick a newer message.`,
    binary: (p: { time: string }) => `The payload received at ${p.time} is not text (not valid UTF-8): it cannot be compared line by line.`,
    tooBig: (p: { lines: number; max: number }, n: Count) =>
      `Too big to compare: ${n(p.lines)} lines on one side, and at most ${n(p.max)} are compared.`,
    stop: "Stop comparing",
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
    intro:
      "One node per token of the subjects received: messages at or below it, how many per second lately, the last payload, and the patterns of this tab that match it.",
    full: (p: { max: number }, n: Count) => `Full (${n(p.max)} nodes): new subjects are counted in their parent.`,
    empty: "Empty until a message arrives.",
    label: "Token tree",
    expand: (p: Path) => `Expand ${p.path}`,
    collapse: (p: Path) => `Collapse ${p.path}`,
    countTitle: "messages on this subject or below",
    /** a node's recent rate, as written beside it: "12/s" */
    rate: (p: { rate: string }) => `${p.rate}/s`,
    rateSaid: (p: { rate: string; seconds: number }) => `${p.rate} messages per second on this subject or below, over the last ${p.seconds} s`,
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

/** Why a row opens without its payload; `bytes` writes a size as the page's language does. */
export function describeNotKept(k: NotKept, n: Count, bytes: (size: number) => string, t: ReceiverText = receiverEn): string {
  return k.kind === "dropped"
    ? t.kept.dropped({ rows: k.rows, bytes: bytes(k.bytes) }, n)
    : t.kept.tooBig({ size: bytes(k.size), bytes: bytes(k.bytes) });
}

export function describeCompareRefusal(r: CompareRefusal, t: ReceiverText = receiverEn): string {
  return t.compare.otherSubject(r);
}

/** What a comparison says besides its lines; `clock` writes a time as the page does. */
export function describeComparison(c: Comparison, n: Count, clock: (at: number) => string, t: ReceiverText = receiverEn): string {
  switch (c.kind) {
    case "diff":
      return `${c.added + c.removed === 0 ? t.compare.same : t.compare.counts(c, n)} ${c.as === "json" ? t.compare.asJson : t.compare.asText}`;
    case "too-big":
      return t.compare.tooBig(c, n);
    case "not-kept":
      return t.compare.notKept({ time: clock(c.at) });
    case "binary":
      return t.compare.binary({ time: clock(c.at) });
  }
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
