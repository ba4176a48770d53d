import { describe, expect, it } from "vitest";
import { CALLS_LOGGED, createAgentStore, withCallsLogged } from "./hotline-agent-store";
import type { LoggedCall } from "./hotline-agent-store";
import type { CallRecord } from "./hotline-requester-store";
import { createRequesterStore, HISTORY_SIZE, newRun, withCalls } from "./hotline-requester-store";
import type { CallResult } from "./hotline-ask";

const call = (i: number): LoggedCall => ({
  id: i + 1, inspect: {}, at: i, subject: "hotline", request: `{"code":"ping","i":${i}}`, inbox: `_INBOX.${i}`, reply: "{}", ok: true, agent: "a", mode: "respond", handlingMs: 0.1,
});

const record = (result: CallResult, id: number): CallRecord => ({
  id, at: 0, subject: "hotline", payload: "{}", code: "ping", mode: "request", timeoutMs: 2000, result, inspect: {},
});
const reply = (agent: string, rttMs: number): CallResult => ({ kind: "reply", agent, rttMs, inbox: "_INBOX.x", body: { format: "json", text: "{}" } });

// each case makes its own stores, as each controller does
describe("hotline stores", () => {
  it("calls handled - newest first, bounded, with a running total", () => {
    const agent = createAgentStore("a");
    const logCalls = (batch: LoggedCall[]) => agent.setState((s) => withCallsLogged(s, batch));
    logCalls(Array.from({ length: 70 }, (_, i) => call(i)));
    logCalls(Array.from({ length: 70 }, (_, i) => call(70 + i)));
    const s = agent.getState();
    expect(s.handled).toBe(140);
    expect(s.calls).toHaveLength(CALLS_LOGGED);
    expect(s.calls[0]!.at).toBe(139);
    expect(s.calls.at(-1)!.at).toBe(40);
    expect(new Set(s.calls.map((c) => c.id)).size).toBe(CALLS_LOGGED);
  });

  it("call history - bounded; a run tallies outcomes, agents and round trips", () => {
    const requester = createRequesterStore();
    const recordCalls = (results: CallResult[]) => requester.setState((s) => withCalls(s, results.map((r) => record(r, s.history.length))));
    requester.setState({ run: newRun(60) });
    recordCalls([reply("alice", 1), reply("bob", 2), { kind: "no-responders", rttMs: 0.5 }]);
    recordCalls([{ kind: "timeout", timeoutMs: 2000 }, { kind: "error-reply", error: "x", agent: "bob", rttMs: 3, inbox: "i", body: { format: "text", text: "" } }]);
    recordCalls(Array.from({ length: 55 }, () => reply("alice", 1)));
    const s = requester.getState();
    expect(s.history).toHaveLength(HISTORY_SIZE);
    expect(s.run).toMatchObject({ total: 60, done: 60, outcomes: { reply: 57, "no-responders": 1, timeout: 1, "error-reply": 1 }, agents: { alice: 56, bob: 2 } });
    expect(s.run!.rtts).toHaveLength(58);
    expect(s.last).toBe(s.history[0]);
  });

  it("two stores share nothing", () => {
    const a = createAgentStore("alice");
    const b = createAgentStore("bob");
    a.setState((s) => withCallsLogged(s, [call(1)]));
    expect(b.getState()).toMatchObject({ handled: 0, calls: [], form: { agent: "bob" } });
    expect(a.getState().form.agent).toBe("alice");
  });
});
