import { explainMatch } from "../../subjects/match-explain";
import type { Explanation } from "../../subjects/match-explain";
import type { NetClient, NetSub } from "./network-model";
import { matchesSafely, SubRole } from "./network-model";

// Who would receive a message on a subject, computed with the same matcher as
// the rest of the app against the server's own list of subscriptions. Pure.

export type Receiver = {
  client: NetClient;
  sub: NetSub;
  /** index of the subscription in its client's list (two identical patterns are two deliveries) */
  index: number;
  why: Explanation;
  /** a queue group: one of its members gets each message, the others do not */
  group?: { name: string; members: number };
};

export type Prediction = {
  subject: string;
  receivers: Receiver[];
  /** plain subscriptions receive every message; each queue group receives it once */
  deliveries: number;
  groups: { name: string; members: number }[];
  /** clients with no subscription matching (they get nothing) */
  missing: NetClient[];
};

export function predict(subject: string, clients: readonly NetClient[]): Prediction {
  const receivers: Receiver[] = [];
  const groupSize = new Map<string, number>();
  for (const client of clients) {
    client.subs.forEach((sub, index) => {
      if (!matchesSafely(sub.subject, subject)) return;
      receivers.push({ client, sub, index, why: explainMatch(sub.subject, subject) });
      if (sub.queue) groupSize.set(sub.queue, (groupSize.get(sub.queue) ?? 0) + 1);
    });
  }
  for (const r of receivers) if (r.sub.queue) r.group = { name: r.sub.queue, members: groupSize.get(r.sub.queue)! };
  const plain = receivers.filter((r) => !r.sub.queue).length;
  const hit = new Set(receivers.map((r) => r.client.key));
  return {
    subject,
    receivers,
    deliveries: plain + groupSize.size,
    groups: [...groupSize].map(([name, members]) => ({ name, members })),
    missing: clients.filter((c) => !hit.has(c.key)),
  };
}

/** Delivered counts per subscription, to compare two refreshes. */
export type Counts = Record<string, number>;

/** A subscription across refreshes: its client, subject and queue, and which of identical ones it is. */
export function subKey(client: NetClient, index: number): string {
  const sub = client.subs[index];
  let twin = 0;
  for (let i = 0; i < index; i++) if (client.subs[i]!.subject === sub?.subject && client.subs[i]!.queue === sub?.queue) twin++;
  return `${client.key}#${sub?.subject}#${sub?.queue ?? ""}#${twin}`;
}

export function countsOf(clients: readonly NetClient[]): Counts {
  const out: Counts = {};
  for (const c of clients) c.subs.forEach((s, i) => (out[subKey(c, i)] = s.msgs));
  return out;
}

export type Verdict =
  /** predicted and the server counted it */
  | "agree"
  /** predicted, the server counted nothing */
  | "missed"
  /** not predicted: counted deliveries are other traffic (the subject does not match it) */
  | "other-traffic"
  /** a queue group member that did not get this one: as predicted, one member does */
  | "other-member";

export type Observed = { key: string; client: NetClient; sub: NetSub; delta: number; verdict: Verdict };

export type TestOutcome = {
  observed: Observed[];
  /** each queue group got the message exactly once */
  groupsOk: boolean;
  agrees: boolean;
  /** more deliveries than one test message explains: other traffic on these subscriptions meanwhile */
  noisy: boolean;
};

/** Compares the server's per-subscription counts before and after one test message with the prediction. */
export function compare(prediction: Prediction, before: Counts, after: readonly NetClient[]): TestOutcome {
  const predicted = new Set(prediction.receivers.map((r) => subKey(r.client, r.index)));
  const observed: Observed[] = [];
  const groupHits = new Map<string, number>();
  let noisy = false;
  for (const client of after) {
    client.subs.forEach((sub, index) => {
      const key = subKey(client, index);
      const was = before[key];
      if (was === undefined) return;
      const delta = sub.msgs - was;
      const expected = predicted.has(key);
      // the client's own inboxes and presence traffic move all the time (this very refresh's answers among them)
      if (!expected && sub.role !== SubRole.Lab) return;
      if (delta > (expected ? 1 : 0)) noisy = true;
      if (delta <= 0 && !expected) return;
      if (sub.queue && expected) groupHits.set(sub.queue, (groupHits.get(sub.queue) ?? 0) + Math.max(0, delta));
      const verdict: Verdict = expected ? (delta > 0 ? "agree" : sub.queue ? "other-member" : "missed") : "other-traffic";
      observed.push({ key, client, sub, delta, verdict });
    });
  }
  const groupsOk = prediction.groups.every((g) => (groupHits.get(g.name) ?? 0) >= 1);
  const agrees = groupsOk && observed.every((o) => o.verdict !== "missed");
  return { observed, groupsOk, agrees, noisy };
}
