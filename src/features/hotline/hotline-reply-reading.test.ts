import { describe, expect, it } from "vitest";
import { NOT_JSON_NOTE, OFF_PROTOCOL_NOTE, readReply, showBody } from "./hotline-reply-reading";
import { answer } from "./hotline-responder-logic";
import { requesterEn } from "./requester-text";
import { plain } from "./hotline-marks";

describe("hotline reply reading", () => {
  it("a protocol reply names its agent", () => {
    const r = readReply(answer('{"code":"sum","values":[1,2]}', "bob").replyText);
    expect(r).toEqual({ kind: "reply", agent: "bob", body: { format: "json", value: { ok: true, code: "sum", result: 3, agent: "bob" } } });
  });
  it("ok: false is an error reply, with the error", () => {
    const r = readReply(answer('{"code":"nope"}', "bob").replyText);
    expect(r).toMatchObject({ kind: "error-reply", agent: "bob", error: expect.stringContaining('unknown code "nope"') });
  });
  it("ok: false without an error text still says so", () => {
    const r = readReply('{"ok":false}');
    expect(r).toMatchObject({ kind: "error-reply", error: undefined });
    expect(requesterEn.result.noError(plain.code)).toBe("the agent said ok: false without an error");
  });
  it("plain text (a foreign responder) is shown as text with a note", () => {
    expect(readReply("bonjour")).toEqual({ kind: "reply", body: { format: "text", text: "bonjour" }, note: NOT_JSON_NOTE });
    expect(readReply("")).toMatchObject({ body: { format: "text", text: "" }, note: NOT_JSON_NOTE });
  });
  it("JSON outside the protocol is a reply with a note", () => {
    expect(readReply("42")).toEqual({ kind: "reply", body: { format: "json", value: 42 }, note: OFF_PROTOCOL_NOTE, agent: undefined });
    expect(readReply('{"answer":1,"agent":"x"}')).toMatchObject({ kind: "reply", note: OFF_PROTOCOL_NOTE, agent: "x" });
  });
  it("bodies show as pretty JSON or as the text itself", () => {
    expect(showBody({ format: "json", value: { a: [1] } })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(showBody({ format: "text", text: "bonjour" })).toBe("bonjour");
  });
});
