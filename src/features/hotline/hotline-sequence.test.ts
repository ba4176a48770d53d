import { describe, expect, it } from "vitest";
import type { CallResult } from "./hotline-ask";
import type { CallRecord } from "./hotline-requester-store";
import { agentsSeen, sequenceOf } from "./hotline-sequence";
import { sequenceEn } from "./sequence-text";
import sequenceFr from "./sequence-text.fr";

const f = { ms: (n: number) => `${n} ms`, timeout: (n: number) => `${n} ms` };
const body = { format: "json" as const, text: "{}" };
const call = (result: CallResult, o: Partial<CallRecord> = {}): CallRecord => ({
  id: 1,
  at: 0,
  subject: "hotline",
  payload: '{"code":"ping"}',
  code: "ping",
  mode: "request",
  timeoutMs: 2000,
  result,
  inspect: {},
  ...o,
});
const reply = (agent?: string, rttMs = 0.8): CallResult => ({ kind: "reply", body, agent, rttMs, inbox: "_INBOX.abc.1" });
const kinds = (c: CallRecord) => sequenceOf(c, [], sequenceEn, f).steps.map((s) => s.kind);
const times = (c: CallRecord) => sequenceOf(c, [], sequenceEn, f).steps.map((s) => s.at);

describe("hotline sequence - one picture per outcome", () => {
  it("a reply: requester → server → the agent that answered → server → reply inbox, sent at +0 and back at +rtt", () => {
    const m = sequenceOf(call(reply("bob")), ["alice"], sequenceEn, f);
    expect(m.lanes.map((l) => [l.id, l.label, l.sub])).toEqual([
      ["me", "requester", "this tab"],
      ["server", "nats-server", undefined],
      ["agent:bob", "bob", "answered"],
      ["agent:alice", "alice", "answered earlier"],
      ["inbox", "reply inbox", "_INBOX.abc.1"],
    ]);
    expect(m.steps).toEqual([
      { from: "me", to: "server", label: "hotline · ping", at: 0, kind: "request" },
      { from: "server", to: "agent:bob", label: "hotline", kind: "request" },
      { from: "agent:bob", to: "server", label: "ok: true", kind: "reply" },
      { from: "server", to: "inbox", label: "round trip 0.8 ms", at: 0.8, kind: "reply" },
    ]);
    expect(m.notes).toEqual(["times"]);
  });

  it("reply, error reply, no responders, timeout and late reply differ by their steps' kinds", () => {
    const error = call({ kind: "error-reply", error: "unknown code", body, agent: "bob", rttMs: 1, inbox: "_INBOX.x" });
    const nobody = call({ kind: "no-responders", rttMs: 0.4 });
    const timeout = call({ kind: "timeout", timeoutMs: 2000 });
    const late = call({ kind: "timeout", timeoutMs: 400, inbox: "_INBOX.y" }, { mode: "inbox", late: { kind: "reply", body, agent: "zed", rttMs: 900, inbox: "_INBOX.y" } });
    expect(kinds(call(reply("bob")))).toEqual(["request", "request", "reply", "reply"]);
    expect(kinds(error)).toEqual(["request", "request", "error-reply", "error-reply"]);
    expect(sequenceOf(error, [], sequenceEn, f).steps[2]!.label).toBe("ok: false");
    expect(kinds(nobody)).toEqual(["request", "status"]);
    expect(times(nobody)).toEqual([0, 0.4]);
    expect(kinds(timeout)).toEqual(["request", "request", "timeout"]);
    expect(times(timeout)).toEqual([0, undefined, 2000]);
    expect(kinds(late)).toEqual(["request", "request", "timeout", "late", "late"]);
    expect(times(late)).toEqual([0, undefined, 400, undefined, 900]);
  });

  it("what the tab cannot know is not drawn: no agent for no responders, an unknown responder for a timeout, request()'s hidden inbox", () => {
    const nobody = sequenceOf(call({ kind: "no-responders", rttMs: 0.4 }), ["alice"], sequenceEn, f);
    expect(nobody.lanes.find((l) => l.id === "agents")).toEqual({ id: "agents", label: "agents", sub: "nobody listening" });
    expect(nobody.steps.some((s) => s.to === "agents" || s.from === "agents")).toBe(false);
    expect(nobody.lanes.at(-1)!.sub).toBe("made by nats.ws");
    expect(nobody.notes).toEqual(["no-responders", "times"]);
    const timeout = sequenceOf(call({ kind: "timeout", timeoutMs: 2000 }), ["alice"], sequenceEn, f);
    expect(timeout.lanes.map((l) => l.label)).toEqual(["requester", "nats-server", "responder", "reply inbox"]);
    expect(timeout.steps[2]).toMatchObject({ from: "responder", to: "inbox", label: "no reply within 2000 ms", kind: "timeout" });
    expect(timeout.notes).toEqual(["timeout-request", "times"]);
    const inInbox = sequenceOf(call({ kind: "timeout", timeoutMs: 5, inbox: "_INBOX.q" }, { mode: "inbox" }), [], sequenceEn, f);
    expect(inInbox.notes).toEqual(["timeout-inbox", "times"]);
    expect(inInbox.lanes.at(-1)!.sub).toBe("_INBOX.q");
  });

  it("a reply naming no agent, one outside the protocol, and failures", () => {
    const unnamed = sequenceOf(call({ kind: "reply", body, note: "off-protocol", rttMs: 1, inbox: "_INBOX.z" }), [], sequenceEn, f);
    expect(unnamed.lanes[2]).toMatchObject({ label: "unnamed responder" });
    expect(unnamed.steps[2]!.label).toBe("");
    const notSent = sequenceOf(call({ kind: "failed", failure: { kind: "bus", detail: { kind: "too-large", subject: "hotline", size: 2, limit: 1 } } }), [], sequenceEn, f);
    expect(notSent.steps).toEqual([]);
    expect(notSent.notes).toEqual(["not-sent"]);
    const status = sequenceOf(call({ kind: "failed", failure: { kind: "status", code: 408, description: "Request Timeout" } }), [], sequenceEn, f);
    expect(status.steps.map((s) => [s.kind, s.label])).toEqual([["request", "hotline · ping"], ["status", "status 408 Request Timeout"]]);
    const stopped = sequenceOf(call({ kind: "failed", failure: { kind: "stopped" } }), [], sequenceEn, f);
    expect(stopped.notes).toEqual(["stopped", "times"]);
  });

  it("in French", () => {
    const m = sequenceOf(call({ kind: "no-responders", rttMs: 0.4 }), [], sequenceFr, f);
    expect(m.lanes.map((l) => l.label)).toEqual(["demandeur", "nats-server", "agents", "boîte de réponse"]);
    expect(m.steps[1]!.label).toBe("503 aucun répondant");
  });
});

describe("hotline sequence - the other agents this tab has seen", () => {
  it("distinct names of agents that answered on the same subject, newest first, at most two, without the one that answered", () => {
    const history = [
      call(reply("bob")),
      call(reply("carl")),
      call(reply("alice"), { subject: "other" }),
      call(reply("bob")),
      call({ kind: "timeout", timeoutMs: 1 }, { late: { kind: "reply", body, agent: "dora", rttMs: 2, inbox: "_INBOX.d" } }),
      call(reply("erin")),
    ];
    expect(agentsSeen(history, "hotline", undefined)).toEqual(["bob", "carl"]);
    expect(agentsSeen(history, "hotline", "bob")).toEqual(["carl", "dora"]);
    expect(agentsSeen(history, "other", "alice")).toEqual([]);
  });
});
