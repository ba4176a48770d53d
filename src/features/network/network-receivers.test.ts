import { describe, expect, it } from "vitest";
import type { NetClient, NetSub } from "./network-model";
import { compare, countsOf, predict } from "./network-receivers";

const sub = (subject: string, msgs = 0, queue?: string): NetSub => ({ subject, msgs, queue, role: subject.startsWith("_INBOX") ? "inbox" : "lab" });
const client = (name: string, subs: NetSub[]): NetClient => ({
  key: `S/${name}`, cid: 1, serverId: "S", serverName: "s", name, kind: "python", isMe: false, start: 0, inMsgs: 0, outMsgs: 0, pendingBytes: 0, subs,
});

// The lab's V.2: four services on hierarchical subjects, plus a hotline queue group.
const lab = () => [
  client("colmar", [sub("fr.grand_est.67.colmar")]),
  client("grand-est", [sub("fr.grand_est.>")]),
  client("strasbourg", [sub("fr.*.*.strasbourg"), sub("_INBOX.abc.*")]),
  client("agent-1", [sub("hotline", 0, "hotline-agents")]),
  client("agent-2", [sub("hotline", 0, "hotline-agents")]),
  client("twice", [sub("fr.>"), sub("fr.grand_est.*.strasbourg")]),
];

describe("who receives a subject", () => {
  it("receivers - fr.grand_est.67.strasbourg: the grand_est and strasbourg services, and twice the one with two matching subscriptions", () => {
    const p = predict("fr.grand_est.67.strasbourg", lab());
    expect(p.receivers.map((r) => `${r.client.name} ${r.sub.subject}`)).toEqual([
      "grand-est fr.grand_est.>",
      "strasbourg fr.*.*.strasbourg",
      "twice fr.>",
      "twice fr.grand_est.*.strasbourg",
    ]);
    expect(p.deliveries).toBe(4);
    expect(p.missing.map((c) => c.name)).toEqual(["colmar", "agent-1", "agent-2"]);
    const why = p.receivers[1]!.why;
    expect(why.matches).toBe(true);
    expect(why.steps.map((s) => s.verdict)).toEqual(["equal", "star", "star", "equal"]);
  });

  it("receivers - a queue group gets each message once: one of N members", () => {
    const p = predict("hotline", lab());
    expect(p.receivers).toHaveLength(2);
    expect(p.receivers.every((r) => r.group?.name === "hotline-agents" && r.group.members === 2)).toBe(true);
    expect(p.deliveries).toBe(1);
    expect(p.groups).toEqual([{ name: "hotline-agents", members: 2 }]);
  });

  it("receivers - nobody: the subject is lost", () => {
    const p = predict("time.us.east", lab());
    expect(p.receivers).toEqual([]);
    expect(p.deliveries).toBe(0);
  });

  it("test message - the server's counts agree with the prediction; a queue member that did not get it is not an error", () => {
    const before = lab();
    const p = predict("hotline", before);
    const counts = countsOf(before);
    const after = lab();
    after[3]!.subs[0]!.msgs = 1;
    const outcome = compare(p, counts, after);
    expect(outcome.agrees).toBe(true);
    expect(outcome.observed.map((o) => [o.client.name, o.verdict])).toEqual([
      ["agent-1", "agree"],
      ["agent-2", "other-member"],
    ]);
  });

  it("test message - a predicted receiver the server did not count is flagged; other traffic is named, not blamed", () => {
    const before = lab();
    const p = predict("fr.grand_est.67.strasbourg", before);
    const counts = countsOf(before);
    const after = lab();
    after[1]!.subs[0]!.msgs = 1; // grand-est got it
    after[4]!.subs[0]!.msgs = 0;
    after[0]!.subs[0]!.msgs = 3; // colmar got other messages meanwhile
    after[2]!.subs[1]!.msgs = 7; // an inbox moved: ignored
    const outcome = compare(p, counts, after);
    expect(outcome.agrees).toBe(false);
    expect(outcome.noisy).toBe(true);
    const verdicts = Object.fromEntries(outcome.observed.map((o) => [`${o.client.name} ${o.sub.subject}`, o.verdict]));
    expect(verdicts).toEqual({
      "colmar fr.grand_est.67.colmar": "other-traffic",
      "grand-est fr.grand_est.>": "agree",
      "strasbourg fr.*.*.strasbourg": "missed",
      "twice fr.>": "missed",
      "twice fr.grand_est.*.strasbourg": "missed",
    });
  });

  it("test message - no queue member counted it: the group is flagged", () => {
    const before = lab();
    const p = predict("hotline", before);
    const outcome = compare(p, countsOf(before), lab());
    expect(outcome.groupsOk).toBe(false);
    expect(outcome.agrees).toBe(false);
  });
});
