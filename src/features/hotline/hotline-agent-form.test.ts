import { describe, expect, it } from "vitest";
import { checkAgentForm, defaultAgentForm } from "./hotline-agent-form";

describe("hotline agent form", () => {
  it("defaults - answers hotline with msg.respond(), named after the tab", () => {
    expect(checkAgentForm(defaultAgentForm("alice")).settings).toEqual({ subject: "hotline", agent: "alice", mode: "respond" });
  });
  it("a wildcard subject is allowed: an agent may answer a whole family", () => {
    expect(checkAgentForm({ ...defaultAgentForm("a"), subject: "hotline.>" }).settings?.subject).toBe("hotline.>");
  });
  it.each([
    [{ subject: "hot..line" }, "subject", "empty token"],
    [{ subject: "a.>.b" }, "subject", "must be the last token"],
    [{ agent: "  " }, "agent", "give the agent a name"],
    [{ agent: "x".repeat(65) }, "agent", "at most 64"],
  ])("%j → %s error", (patch, field, text) => {
    const { settings, errors } = checkAgentForm({ ...defaultAgentForm("a"), ...patch });
    expect(settings).toBeUndefined();
    expect(errors[field as keyof typeof errors]).toContain(text);
  });
});
