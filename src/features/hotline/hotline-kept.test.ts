import { afterEach, describe, expect, it, vi } from "vitest";
import type { BusMessage } from "../../nats/nats-client";
import type { KeptMessage } from "./hotline-kept";
import { createKeptCalls, KEPT_BYTES, received } from "./hotline-kept";
import { clip, MAX_LOGGED_CHARS, readPayload } from "./hotline-payload";
import { BINARY_NOTE, NOT_JSON_NOTE, readReplyBytes } from "./hotline-reply-reading";

const MB = 1024 * 1024;
const enc = new TextEncoder();
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const message = (size: number): KeptMessage => ({ subject: "s", payload: new Uint8Array(size), headers: [], receivedAt: 0 });

describe("hotline kept - the full bytes of the newest calls, within a budget", () => {
  it("budget - the oldest calls go once the bytes pass it; the rows' count bounds it too", () => {
    const kept = createKeptCalls(50, 10 * MB);
    for (let id = 1; id <= 12; id++) kept.keep(id, { request: message(100), reply: message(MB) });
    // 12 calls of 1 MB + 100 bytes (+ the subjects): the newest 9 fit in 10 MB
    expect(kept.size).toBe(9);
    expect(kept.get(3, "reply")).toBeUndefined();
    expect(kept.get(4, "request")?.payload.length).toBe(100);
    expect(kept.get(12, "reply")?.payload.length).toBe(MB);
    expect(kept.bytes).toBeLessThanOrEqual(10 * MB);

    const rows = createKeptCalls(3);
    for (let id = 1; id <= 5; id++) rows.keep(id, { request: message(1) });
    expect([1, 2, 3, 4, 5].map((id) => rows.get(id, "request") !== undefined)).toEqual([false, false, true, true, true]);
  });

  it("budget - the newest call stays even when it alone is over budget", () => {
    const kept = createKeptCalls(50, MB);
    kept.keep(1, { reply: message(10) });
    kept.keep(2, { request: message(MB), reply: message(MB) });
    expect(kept.size).toBe(1);
    expect(kept.get(1, "reply")).toBeUndefined();
    expect(kept.get(2, "reply")).toBeDefined();
    kept.keep(3, { request: message(1) });
    expect(kept.size).toBe(1);
    expect(kept.bytes).toBe(2);
  });

  it("budget - headers, subjects and reply subjects count; clear keeps the call still on screen", () => {
    const kept = createKeptCalls(50);
    kept.keep(1, { request: { subject: "abc", reply: "_INBOX.x", payload: new Uint8Array(10), headers: [["X-A", "1"], ["X-A", "22"]], receivedAt: 0 } });
    expect(kept.bytes).toBe(10 + 3 + 8 + 4 + 5);
    kept.keep(2, { reply: message(5) });
    kept.clear(2);
    expect(kept.get(1, "request")).toBeUndefined();
    expect(kept.get(2, "reply")).toBeDefined();
    expect(kept.bytes).toBe(6);
    kept.clear();
    expect(kept.size).toBe(0);
    expect(kept.bytes).toBe(0);
  });

  it("the default budget is 8 MB", () => {
    expect(KEPT_BYTES).toBe(8 * MB);
  });
});

describe("hotline kept - a message as received", () => {
  const bus = (m: Partial<BusMessage>): BusMessage => ({ subject: "_INBOX.a", data: new Uint8Array(), text: "", sid: 1, respond: () => true, ...m });

  it("headers in order, a repeated name kept; the payload is a copy of the bytes, not a view into a bigger buffer", () => {
    const chunk = enc.encode("xx{\"ok\":true}yy");
    const data = chunk.subarray(2, 13);
    const m = received(bus({ subject: "hotline", reply: "_INBOX.r", data, headerList: [["X-Trace", "one"], ["X-Trace", "two"], ["Accept", "json"]] }), 42, "hotline");
    expect(m).toMatchObject({ subject: "hotline", reply: "_INBOX.r", receivedAt: 42, deliveredBy: ["hotline"] });
    expect(m.headers).toEqual([["X-Trace", "one"], ["X-Trace", "two"], ["Accept", "json"]]);
    expect(new TextDecoder().decode(m.payload)).toBe('{"ok":true}');
    expect(m.payload.buffer).not.toBe(chunk.buffer);
    expect(m.payload.buffer.byteLength).toBe(11);
  });

  it("a status message (503: no responders) shows its status line as the Status and Description headers", () => {
    expect(received(bus({ status: { code: 503, description: "" } }), 0).headers).toEqual([["Status", "503"]]);
    expect(received(bus({ status: { code: 408, description: "Request Timeout" } }), 0).headers).toEqual([
      ["Status", "408"],
      ["Description", "Request Timeout"],
    ]);
  });
});

describe("hotline payload - text or binary, decided once", () => {
  afterEach(() => vi.restoreAllMocks());

  it("short pure-ASCII payloads are text without a TextDecoder call; others go through the strict decoder once", () => {
    const decode = vi.spyOn(TextDecoder.prototype, "decode");
    expect(readPayload(enc.encode('{"code":"ping"}'))).toEqual({ text: '{"code":"ping"}' });
    expect(readPayload(new Uint8Array())).toEqual({ text: "" });
    expect(decode).not.toHaveBeenCalled();
    expect(readPayload(enc.encode("été"))).toEqual({ text: "été" });
    expect(readPayload(enc.encode("x".repeat(100)))).toEqual({ text: "x".repeat(100) });
    expect(decode).toHaveBeenCalledTimes(2);
  });

  it("not UTF-8: its size and first bytes, never replacement characters", () => {
    expect(readPayload(ALL_BYTES)).toEqual({ binary: { size: 256, preview: "00 01 02 03 04 05 06 07 …" } });
    expect(readPayload(new Uint8Array([0x61, 0xff]))).toEqual({ binary: { size: 2, preview: "61 ff" } });
    // a lone continuation byte, a truncated é
    expect(readPayload(new Uint8Array([0x80]))).toMatchObject({ binary: { size: 1 } });
    expect(readPayload(new Uint8Array([0x68, 0xc3]))).toMatchObject({ binary: { size: 2, preview: "68 c3" } });
  });

  it("the lists keep 2000 characters and the full length", () => {
    expect(clip("x".repeat(MAX_LOGGED_CHARS))).toEqual({ text: "x".repeat(MAX_LOGGED_CHARS) });
    expect(clip("x".repeat(5000))).toEqual({ text: "x".repeat(MAX_LOGGED_CHARS), length: 5000 });
  });
});

describe("hotline reply reading - from the bytes", () => {
  it("a binary reply is binary, with a note; text and JSON are read as before, clipped for the Result", () => {
    const binary = readReplyBytes(ALL_BYTES);
    expect(binary).toEqual({ kind: "reply", body: { format: "binary", size: 256, preview: "00 01 02 03 04 05 06 07 …" }, note: BINARY_NOTE });
    expect(readReplyBytes(enc.encode("bonjour"))).toEqual({ kind: "reply", body: { format: "text", text: "bonjour" }, note: NOT_JSON_NOTE });
    expect(readReplyBytes(enc.encode('{"ok":true,"code":"ping","result":"pong","agent":"a"}'))).toEqual({
      kind: "reply",
      agent: "a",
      body: { format: "json", text: '{\n  "ok": true,\n  "code": "ping",\n  "result": "pong",\n  "agent": "a"\n}' },
    });
    const big = readReplyBytes(enc.encode("ab".repeat(256 * 1024)));
    expect(big.body).toEqual({ format: "text", text: "ab".repeat(MAX_LOGGED_CHARS / 2), length: 512 * 1024 });
    const echo = readReplyBytes(enc.encode(JSON.stringify({ ok: true, code: "echo", result: "é".repeat(3000), agent: "a" })));
    expect(echo).toMatchObject({ kind: "reply", agent: "a", body: { format: "json" } });
    expect(echo.body.format === "json" && echo.body.text.length).toBe(MAX_LOGGED_CHARS);
  });
});
