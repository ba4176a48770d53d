import { beforeEach, describe, expect, it } from "vitest";
import { CALLS_LOGGED, initialAgentState, logCalls, useHotlineAgent } from "./hotline-agent-store";
import type { HandledCall } from "./hotline-responder-service";
import type { CallRecord } from "./hotline-requester-store";
import { HISTORY_SIZE, initialRequesterState, newRun, recordCalls, useHotlineRequester } from "./hotline-requester-store";
import type { CallResult } from "./hotline-requester-service";

const call = (i: number): HandledCall => ({
  at: i, subject: "hotline", request: `{"code":"ping","i":${i}}`, inbox: `_INBOX.${i}`, reply: "{}", ok: true, agent: "a", mode: "respond", handlingMs: 0.1,
});

let id = 0;
const record = (result: CallResult): CallRecord => ({
  id: ++id, at: 0, subject: "hotline", payload: "{}", code: "ping", mode: "request", timeoutMs: 2000, result,
});
const reply = (agent: string, rttMs: number): CallResult => ({ kind: "reply", agent, rttMs, inbox: "_INBOX.x", body: { format: "json", value: {} } });

describe("hotline stores", () => {
  beforeEach(() => {
    useHotlineAgent.setState(initialAgentState(), true);
    useHotlineRequester.setState(initialRequesterState(), true);
  });

  it("calls handled - newest first, bounded, with a running total", () => {
    logCalls(Array.from({ length: 70 }, (_, i) => call(i)));
    logCalls(Array.from({ length: 70 }, (_, i) => call(70 + i)));
    const s = useHotlineAgent.getState();
    expect(s.handled).toBe(140);
    expect(s.calls).toHaveLength(CALLS_LOGGED);
    expect(s.calls[0]!.at).toBe(139);
    expect(s.calls.at(-1)!.at).toBe(40);
  });

  it("call history - bounded; a run tallies outcomes, agents and round trips", () => {
    useHotlineRequester.setState({ run: newRun(60) });
    recordCalls([reply("alice", 1), reply("bob", 2), { kind: "no-responders", rttMs: 0.5 } as const].map(record));
    recordCalls(([{ kind: "timeout", timeoutMs: 2000 }, { kind: "error-reply", error: "x", agent: "bob", rttMs: 3, inbox: "i", body: { format: "text", text: "" } }] as CallResult[]).map(record));
    recordCalls(Array.from({ length: 55 }, () => record(reply("alice", 1))));
    const s = useHotlineRequester.getState();
    expect(s.history).toHaveLength(HISTORY_SIZE);
    expect(s.run).toMatchObject({ total: 60, done: 60, outcomes: { reply: 57, "no-responders": 1, timeout: 1, "error-reply": 1 }, agents: { alice: 56, bob: 2 } });
    expect(s.run!.rtts).toHaveLength(58);
    expect(s.last).toBe(s.history[0]);
  });
});
