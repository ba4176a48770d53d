import { describe, expect, it } from "vitest";
import { buildForward, buildMessage, buildReply, newMessageId, parseChatPayload, quote } from "./chat-envelope";

describe("chat-envelope", () => {
  it("parse - our JSON envelope", () => {
    const sent = buildMessage("alice", "hello", "id1", 1700000000000);
    expect(parseChatPayload(JSON.stringify(sent))).toEqual({
      kind: "envelope",
      id: "id1",
      from: "alice",
      text: "hello",
      sentAt: 1700000000000,
      replyTo: undefined,
      forwardedFrom: undefined,
    });
  });

  it("parse - an ISO sentAt (a Python client's datetime.isoformat()) is read as a time", () => {
    const p = parseChatPayload('{"id":"x","from":"py","text":"hi","sentAt":"2024-05-01T10:00:00Z"}');
    expect(p.kind === "envelope" && p.sentAt).toBe(Date.parse("2024-05-01T10:00:00Z"));
  });

  it("parse - a minimal {text} object is a message from an unnamed sender", () => {
    expect(parseChatPayload('{"text":"hi"}')).toMatchObject({ kind: "envelope", text: "hi", from: undefined, id: undefined });
  });

  it.each([
    ["hello", "plain text"],
    ["", "empty payload"],
    ["{not json", "malformed JSON"],
    ['{"text": 42}', "text is not a string"],
    ['{"a":1}', "JSON that is not an envelope"],
    ['["a","b"]', "a JSON array"],
    ['"just a string"', "a JSON string"],
    ["42", "a number"],
    ["<img src=x onerror=alert(1)>", "markup"],
  ])("parse - %j (%s) is shown as the text that was sent", (text) => {
    expect(parseChatPayload(text)).toEqual({ kind: "text", text });
  });

  it("parse - malformed replyTo/forwardedFrom are dropped, the message stays", () => {
    const p = parseChatPayload('{"id":"i","from":"a","text":"t","replyTo":"oops","forwardedFrom":{"from":"b"}}');
    expect(p).toMatchObject({ kind: "envelope", text: "t", replyTo: undefined, forwardedFrom: undefined });
  });

  it("parse - an absurdly long name is cut, the text is not", () => {
    const p = parseChatPayload(JSON.stringify({ id: "i", from: "x".repeat(5000), text: "y".repeat(5000) }));
    expect(p.kind === "envelope" && p.from?.length).toBe(100);
    expect(p.text.length).toBe(5000);
  });

  it("reply - quotes the original (truncated, one line) and names its author and subject", () => {
    const original = { id: "o1", from: "alice", text: `first line\nsecond ${"x".repeat(300)}`, subject: "chat.general", sentAt: 1 };
    const reply = buildReply(original, "bob", "answer", "r1", 2);
    expect(reply).toMatchObject({ id: "r1", from: "bob", text: "answer", sentAt: 2 });
    expect(reply.replyTo).toMatchObject({ id: "o1", from: "alice", subject: "chat.general" });
    expect(reply.replyTo!.text).toMatch(/^first line second x+…$/);
    expect(reply.replyTo!.text.length).toBe(140);
    expect(parseChatPayload(JSON.stringify(reply))).toMatchObject({ kind: "envelope", replyTo: reply.replyTo });
  });

  it("reply - to plain text from another client names it unnamed", () => {
    expect(buildReply({ text: "hello", subject: "chat.general" }, "bob", "hi", "r", 1).replyTo).toEqual({
      id: "",
      from: "unnamed",
      text: "hello",
      subject: "chat.general",
    });
  });

  it("forward - copies the text, marks the author and the room it came from", () => {
    const original = { id: "o1", from: "bob", text: "the answer", subject: "chat.general", sentAt: 5 };
    const fwd = buildForward(original, "alice", "f1", 9);
    expect(fwd).toEqual({
      id: "f1",
      from: "alice",
      text: "the answer",
      sentAt: 9,
      forwardedFrom: { id: "o1", from: "bob", subject: "chat.general", sentAt: 5 },
    });
    expect(parseChatPayload(JSON.stringify(fwd))).toMatchObject({ forwardedFrom: fwd.forwardedFrom });
  });

  it("forward - a forward of a forward still names the first author and room", () => {
    const first = buildForward({ id: "o", from: "bob", text: "t", subject: "chat.general", sentAt: 5 }, "alice", "f1", 6);
    const again = buildForward({ ...first, subject: "chat.dev" }, "carol", "f2", 7);
    expect(again.forwardedFrom).toEqual({ id: "o", from: "bob", subject: "chat.general", sentAt: 5 });
  });

  it("quote - short text unchanged, whitespace flattened", () => {
    expect(quote("  a\n\tb ")).toBe("a b");
  });

  it("ids - 24 hex characters, distinct", () => {
    const ids = new Set(Array.from({ length: 100 }, newMessageId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
  });
});
