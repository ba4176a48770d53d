// A call of the history as a sequence diagram: who sent what to whom, and when,
// as far as this tab can know it. Pure: the picture is SequenceDiagram's.
import type { SequenceLane, SequenceStep } from "../../ui/charts/SequenceDiagram";
import { wentOut } from "./hotline-ask";
import type { CallRecord } from "./hotline-requester-store";
import type { SequenceText } from "./sequence-text";

/** What the notes under the picture say: data, said by sequence-text.ts. */
export type SequenceNote = "times" | "no-responders" | "timeout-request" | "timeout-inbox" | "late" | "not-sent" | "stopped" | "failed";

export type SequenceModel = { lanes: SequenceLane[]; steps: SequenceStep[]; notes: SequenceNote[] };

/** How times read: "0.8 ms" (the page's format), and a timeout as typed ("400 ms"). */
export type SequenceFormat = { ms: (n: number) => string; timeout: (n: number) => string };

/** Other agents shown beside the one that answered (idle lanes): the queue group as this tab has seen it. */
export const MAX_OTHER_AGENTS = 2;

const ME = "me";
const SERVER = "server";
const INBOX = "inbox";
const agentLane = (name: string | undefined) => `agent:${name ?? ""}`;

const answerer = (c: CallRecord) => (c.result.kind === "reply" || c.result.kind === "error-reply" ? c.result : c.late);

/**
 * The agents that answered other calls on the same subject, newest first, without `except`: the other members of
 * the queue group this tab knows of (it cannot see the group itself; a member that never answered it stays unknown).
 */
export function agentsSeen(history: readonly CallRecord[], subject: string, except: string | undefined): string[] {
  const seen: string[] = [];
  for (const c of history) {
    const name = c.subject === subject ? answerer(c)?.agent : undefined;
    if (name === undefined || name === except || seen.includes(name)) continue;
    seen.push(name);
    if (seen.length === MAX_OTHER_AGENTS) break;
  }
  return seen;
}

/** The protocol's own word for the reply, as it is on the wire: ok: true, ok: false; nothing for a reply outside it. */
function replyLabel(r: NonNullable<ReturnType<typeof answerer>>): string {
  if (r.kind === "error-reply") return "ok: false";
  return r.note === undefined ? "ok: true" : "";
}

export function sequenceOf(call: CallRecord, others: readonly string[], t: SequenceText, f: SequenceFormat): SequenceModel {
  const r = call.result;
  const l = t.lanes;
  const inbox = ("inbox" in r ? r.inbox : undefined) ?? call.inspect.request?.reply ?? call.inspect.reply?.subject;
  const me: SequenceLane = { id: ME, label: l.requester, sub: l.thisTab };
  const server: SequenceLane = { id: SERVER, label: l.server };
  const inboxLane: SequenceLane = { id: INBOX, label: l.inbox, sub: inbox ?? l.hiddenInbox };
  const sent: SequenceStep = { from: ME, to: SERVER, label: `${call.subject} · ${call.code}`, at: 0, kind: "request" };
  const handOver = (to: string): SequenceStep => ({ from: SERVER, to, label: call.subject, kind: "request" });
  /** the queue group's lane when no member is known to have taken the call */
  const group = (sub?: string): SequenceLane => ({ id: "agents", label: l.agents, sub });
  const withLanes = (agents: SequenceLane[], steps: SequenceStep[], notes: SequenceNote[]): SequenceModel => ({
    lanes: [me, server, ...agents, inboxLane],
    steps,
    notes: steps.some((s) => s.at !== undefined) ? [...notes, "times"] : notes,
  });

  switch (r.kind) {
    case "reply":
    case "error-reply": {
      const who = agentLane(r.agent);
      const lanes = [
        { id: who, label: r.agent ?? l.unnamed, sub: l.answered },
        ...others.map((name) => ({ id: agentLane(name), label: name, sub: l.answeredBefore })),
      ];
      return withLanes(
        lanes,
        [
          sent,
          handOver(who),
          { from: who, to: SERVER, label: replyLabel(r), kind: r.kind },
          { from: SERVER, to: INBOX, label: t.steps.roundTrip({ rtt: f.ms(r.rttMs) }), at: r.rttMs, kind: r.kind },
        ],
        [],
      );
    }
    case "no-responders":
      return withLanes([group(l.nobody)], [sent, { from: SERVER, to: INBOX, label: t.steps.noResponders, at: r.rttMs, kind: "status" }], ["no-responders"]);
    case "timeout": {
      const late = call.late;
      const who = late ? agentLane(late.agent) : "responder";
      const lane: SequenceLane = late ? { id: who, label: late.agent ?? l.unnamed, sub: l.answeredLate } : { id: who, label: l.responder, sub: l.unknown };
      const steps: SequenceStep[] = [sent, handOver(who), { from: who, to: INBOX, label: t.steps.noReply({ timeout: f.timeout(r.timeoutMs) }), at: r.timeoutMs, kind: "timeout" }];
      if (late) {
        steps.push(
          { from: who, to: SERVER, label: replyLabel(late), kind: "late" },
          { from: SERVER, to: INBOX, label: t.steps.roundTrip({ rtt: f.ms(late.rttMs) }), at: late.rttMs, kind: "late" },
        );
      }
      const notes: SequenceNote[] = late ? ["late"] : [call.mode === "inbox" ? "timeout-inbox" : "timeout-request"];
      return withLanes([lane], steps, notes);
    }
    case "failed": {
      const failure = r.failure;
      if (!wentOut(r)) return withLanes([group()], [], ["not-sent"]);
      if (failure.kind === "status") {
        const label = t.steps.status({ code: failure.code, description: failure.description });
        return withLanes([group()], [sent, { from: SERVER, to: INBOX, label, kind: "status" }], ["failed"]);
      }
      return withLanes([group()], [sent], [failure.kind === "stopped" ? "stopped" : "failed"]);
    }
  }
}
