import { describe, expect, it } from "vitest";
import { checkRequest, codeOf, DEFAULT_REQUESTER_FORM, jsonProblem, jsonWarning, switchCode } from "./hotline-request-form";
import { EXAMPLES } from "./hotline-examples";
import { describeRequestProblem, describeWarning } from "./requester-words";

const said = (p: Parameters<typeof describeRequestProblem>[0] | undefined) => (p ? describeRequestProblem(p) : undefined);
const warned = (text: string) => {
  const w = jsonWarning(text);
  return w && describeWarning(w);
};

describe("hotline request form", () => {
  it("defaults - ping on hotline with request(), 2000 ms, once", () => {
    expect(checkRequest(DEFAULT_REQUESTER_FORM).plan).toEqual({
      subject: "hotline", payload: EXAMPLES.ping, code: "ping", timeoutMs: 2000, mode: "request", repeat: 1,
    });
  });
  it("invalid JSON - refused with the parse error, the text is untouched", () => {
    const form = { ...DEFAULT_REQUESTER_FORM, json: '{"code": ping}' };
    const { plan, errors } = checkRequest(form);
    expect(plan).toBeUndefined();
    expect(errors.json).toMatchObject({ kind: "json-invalid", detail: expect.any(String) });
    expect(said(errors.json)).toMatch(/^Invalid JSON: .+\. Nothing was sent; fix it and send again\.$/);
    expect(form.json).toBe('{"code": ping}');
  });
  it("empty JSON - refused", () => {
    expect(jsonProblem("  ")).toEqual({ kind: "json-empty" });
    expect(said(jsonProblem("  "))).toBe('Request JSON is empty: write a JSON object like {"code": "ping"}. Nothing was sent.');
  });
  it.each([
    [{ subject: "hotline.*" }, "subject", "wildcard"],
    [{ subject: "" }, "subject", "empty"],
    [{ timeoutMs: "0" }, "timeoutMs", "0 is out of range: the timeout (ms) is 1 to 300000"],
    [{ timeoutMs: "2s" }, "timeoutMs", "'2s' is not a whole number: the timeout (ms) is 1 to 300000"],
    [{ timeoutMs: "300001" }, "timeoutMs", "1 to 300000"],
    [{ repeat: "0" }, "repeat", "out of range"],
    [{ repeat: "1001" }, "repeat", "1 to 1000"],
    [{ repeat: "x" }, "repeat", "not a whole number"],
  ])("%j → %s error", (patch, field, text) => {
    const { plan, errors } = checkRequest({ ...DEFAULT_REQUESTER_FORM, ...patch });
    expect(plan).toBeUndefined();
    expect(said(errors[field as keyof typeof errors])).toContain(text);
  });
  it("valid JSON the agents will refuse is sendable, with a warning", () => {
    expect(warned("[1]")).toBe("not a JSON object: agents will answer with an error reply");
    expect(warned("{}")).toBe('no "code": agents will answer with an error reply');
    expect(warned('{"code":"dance"}')).toBe('"code" is not one of ping, echo, time, sum, upper, sleep: agents will answer with an error reply');
    expect(jsonWarning(EXAMPLES.sum)).toBeUndefined();
    expect(jsonWarning("{oops")).toBeUndefined();
    expect(checkRequest({ ...DEFAULT_REQUESTER_FORM, json: "[1]" }).plan?.code).toBe("?");
  });
  it("codeOf - what the payload asks, whatever the select says", () => {
    expect(codeOf('{"code":"sum"}')).toBe("sum");
    expect(codeOf('{"code":7}')).toBe("?");
    expect(codeOf("nope")).toBe("?");
  });
  it("switching code replaces an untouched example", () => {
    const { form, kept } = switchCode(DEFAULT_REQUESTER_FORM, "sum");
    expect(kept).toBe(false);
    expect(form).toMatchObject({ code: "sum", json: EXAMPLES.sum });
  });
  it("switching code keeps typed text", () => {
    const typed = { ...DEFAULT_REQUESTER_FORM, json: '{"code":"ping","mine":1}' };
    const { form, kept } = switchCode(typed, "upper");
    expect(kept).toBe(true);
    expect(form).toMatchObject({ code: "upper", json: '{"code":"ping","mine":1}' });
  });
  it("switching code fills an emptied textarea", () => {
    expect(switchCode({ ...DEFAULT_REQUESTER_FORM, json: "" }, "time").form.json).toBe(EXAMPLES.time);
  });
});
