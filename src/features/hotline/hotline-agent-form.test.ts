import { describe, expect, it } from "vitest";
import { checkAgentForm, defaultAgentForm } from "./hotline-agent-form";
import { describeAgentProblem } from "./agent-words";

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
    [{ agent: "x".repeat(65) }, "agent", "65 characters is too long: at most 64"],
  ])("%j → %s error", (patch, field, text) => {
    const { settings, errors } = checkAgentForm({ ...defaultAgentForm("a"), ...patch });
    expect(settings).toBeUndefined();
    expect(describeAgentProblem(errors[field as keyof typeof errors]!)).toContain(text);
  });
  it("problems are data: the name's, and the grammar's for the subject", () => {
    expect(checkAgentForm({ ...defaultAgentForm("a"), agent: "" }).errors.agent).toEqual({ kind: "no-name" });
    expect(checkAgentForm({ ...defaultAgentForm("a"), subject: "a..b" }).errors.subject).toMatchObject({ kind: "subject", problem: { kind: "empty-token" } });
  });
});
