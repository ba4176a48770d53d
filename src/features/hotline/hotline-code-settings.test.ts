import { describe, expect, it } from "vitest";
import { agentPrograms, requesterPrograms } from "../../codegen/hotline-code";
import { defaultAgentForm } from "./hotline-agent-form";
import { agentCodeOf, codeVariantNow, FALLBACK_AGENT, requesterCodeOf } from "./hotline-code-settings";
import { DEFAULT_REQUESTER_FORM } from "./hotline-request-form";

const conn = { url: "nats://127.0.0.1:4222" };

describe("hotline code - the panel's settings as the generators' settings", () => {
  it("the agent: the Subject, the queue group hotline-agents, the Agent name (trimmed, as the agent answers)", () => {
    const form = { ...defaultAgentForm("tab-x"), subject: " hotline.fr ", agent: " alice " };
    expect(agentCodeOf(form)).toEqual({ settings: { subject: "hotline.fr", queue: "hotline-agents", agentName: "alice" }, replaced: [] });
    // an agent may answer a pattern
    expect(agentCodeOf({ ...form, subject: "hotline.*" }).settings.subject).toBe("hotline.*");
    const code = agentPrograms(agentCodeOf(form).settings, conn, "en").python.code;
    expect(code).toContain('SUBJECT = "hotline.fr"');
    expect(code).toContain('QUEUE = "hotline-agents"');
    expect(code).toContain('AGENT = "alice"');
  });

  it("the requester: the Subject, the Request JSON as typed, the Timeout and the way it asks", () => {
    const form = { ...DEFAULT_REQUESTER_FORM, subject: "hotline.fr", json: '{"code": "sum", "values": [1, 2]}', timeoutMs: " 1500 ", mode: "inbox" as const, repeat: "x" };
    expect(requesterCodeOf(form)).toEqual({
      settings: { subject: "hotline.fr", json: '{"code": "sum", "values": [1, 2]}', timeoutMs: 1500, mode: "inbox" },
      replaced: [],
    });
    const inbox = requesterPrograms(requesterCodeOf(form).settings, conn, "en").python.code;
    expect(inbox).toContain("await nc.publish(SUBJECT, json.dumps(REQUEST).encode(), reply=inbox)");
    expect(inbox).toContain("TIMEOUT = 1.5  # s");
    const request = requesterPrograms(requesterCodeOf({ ...form, mode: "request" }).settings, conn, "en").python.code;
    expect(request).toContain("msg = await nc.request(SUBJECT, json.dumps(REQUEST).encode(), timeout=TIMEOUT)");
    // a Request JSON the form refuses is still what the program sends, as text
    expect(requesterCodeOf({ ...form, json: "not json" }).settings.json).toBe("not json");
  });

  it("a setting the panel refuses never reaches the programs: replaced, and said", () => {
    const agent = agentCodeOf({ subject: "a..b", agent: "  ", mode: "respond" }, { subject: "hotline.ok" });
    expect(agent.settings).toEqual({ subject: "hotline.ok", queue: "hotline-agents", agentName: FALLBACK_AGENT });
    expect(agent.replaced).toEqual([
      { setting: "subject", by: "hotline.ok" },
      { setting: "agent", by: FALLBACK_AGENT },
    ]);
    expect(agentCodeOf({ subject: "", agent: "x".repeat(65), mode: "respond" }).settings).toMatchObject({ subject: "hotline", agentName: FALLBACK_AGENT });
    const requester = requesterCodeOf({ ...DEFAULT_REQUESTER_FORM, subject: "a.*", timeoutMs: "0" }, { subject: "hotline.ok" });
    expect(requester.settings).toMatchObject({ subject: "hotline.ok", timeoutMs: 2000 });
    expect(requester.replaced).toEqual([
      { setting: "subject", by: "hotline.ok" },
      { setting: "timeout", by: "2000" },
    ]);
    // the agent's pattern is no subject to publish to
    expect(requesterCodeOf({ ...DEFAULT_REQUESTER_FORM, subject: "" }, { subject: "hotline.>" }).settings.subject).toBe("hotline");
  });

  it("the Code region opens on what the panel does now: the agent while it answers, else the requester", () => {
    expect(codeVariantNow(true)).toBe("agent");
    expect(codeVariantNow(false)).toBe("requester");
  });
});
