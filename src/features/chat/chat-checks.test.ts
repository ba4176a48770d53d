import { describe, expect, it } from "vitest";
import { checkEnvelope, checkJoin, checkName, checkTarget, checkText, MAX_SUBSCRIPTIONS } from "./chat-checks";
import { buildMessage } from "./chat-envelope";

describe("chat-checks", () => {
  it("name - trimmed, not empty, not too long", () => {
    expect(checkName("  alice ")).toEqual({ ok: true, value: "alice" });
    expect(checkName("  ")).toMatchObject({ ok: false, error: expect.stringContaining("type the name") });
    expect(checkName("x".repeat(41))).toMatchObject({ ok: false, error: expect.stringContaining("at most 40") });
  });

  it("join - patterns with wildcards are fine, invalid ones say why, duplicates refused", () => {
    expect(checkJoin("chat.>", [])).toEqual({ ok: true, value: "chat.>", warning: undefined });
    expect(checkJoin("chat.*", ["chat.>"])).toMatchObject({ ok: true, value: "chat.*" });
    expect(checkJoin("chat.>.x", [])).toMatchObject({ ok: false, error: expect.stringContaining("'>' must be the last token") });
    expect(checkJoin("chat..x", [])).toMatchObject({ ok: false, error: expect.stringContaining("empty token") });
    expect(checkJoin("chat.dev", ["chat.dev"])).toMatchObject({ ok: false, error: expect.stringContaining("already in chat.dev") });
    const many = Array.from({ length: MAX_SUBSCRIPTIONS }, (_, i) => `chat.r${i}`);
    expect(checkJoin("chat.x", many)).toMatchObject({ ok: false, error: expect.stringContaining("leave one first") });
  });

  it("join - outside chat.> works but warns there is no history", () => {
    expect(checkJoin("orders.>", [])).toMatchObject({ ok: true, warning: expect.stringContaining("no history") });
    expect(checkJoin(">", [])).toMatchObject({ ok: true, warning: undefined });
  });

  it("target - literal subjects only, the wildcard named", () => {
    expect(checkTarget("chat.dev")).toEqual({ ok: true, value: "chat.dev", warning: undefined });
    expect(checkTarget("chat.*")).toMatchObject({ ok: false, error: expect.stringContaining("wildcard '*'") });
    expect(checkTarget("")).toMatchObject({ ok: false, error: expect.stringContaining("empty") });
    expect(checkTarget("news")).toMatchObject({ ok: true, warning: expect.stringContaining("no history") });
  });

  it("text - empty or blank refused", () => {
    expect(checkText(" \n ")).toMatchObject({ ok: false });
    expect(checkText(" hi ")).toEqual({ ok: true, value: " hi " });
  });

  it("size - over max_payload refused with the limit named; the header counts", () => {
    const small = checkEnvelope("chat.general", buildMessage("a", "hi", "id", 1), 1024);
    expect(small).toMatchObject({ ok: true, value: { subject: "chat.general", headers: { "Nats-Msg-Id": "id" } } });
    const big = checkEnvelope("chat.general", buildMessage("a", "x".repeat(1000), "id", 1), 1024);
    expect(big).toMatchObject({ ok: false, error: expect.stringMatching(/max_payload is 1 KB \(1024 bytes\)/) });
    const edge = buildMessage("a", "", "id", 1);
    const envelopeBytes = JSON.stringify(edge).length;
    // exactly at the limit passes once the header is counted, one byte over fails
    const headerBytes = "NATS/1.0\r\nNats-Msg-Id: id\r\n\r\n".length;
    expect(checkEnvelope("s", edge, envelopeBytes + headerBytes).ok).toBe(true);
    expect(checkEnvelope("s", edge, envelopeBytes + headerBytes - 1).ok).toBe(false);
  });
});
