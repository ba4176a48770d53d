import { describe, expect, it } from "vitest";
import { answer } from "./hotline-responder-logic";
import { CODES } from "./hotline-protocol";
import { EXAMPLES } from "./hotline-examples";
import { describeCause } from "./agent-words";

const at = new Date("2026-03-14T15:09:26.535Z");
const ask = (request: unknown, agent = "alice") =>
  answer(typeof request === "string" ? request : JSON.stringify(request), agent, () => at);

describe("hotline responder logic - codes", () => {
  it("ping - pong, naming the agent", () => {
    const a = ask({ code: "ping" }, "bob");
    expect(a.reply).toEqual({ ok: true, code: "ping", result: "pong", agent: "bob" });
    expect(JSON.parse(a.replyText)).toEqual(a.reply);
    expect(a.delayMs).toBeUndefined();
  });
  it.each([[{ hello: "world", n: [1, 2] }], ["text"], [42], [null], [[1, "x", { y: true }]]])("echo - returns data as is: %j", (data) => {
    expect(ask({ code: "echo", data }).reply).toEqual({ ok: true, code: "echo", result: data, agent: "alice" });
  });
  it("time - the agent's clock in ISO 8601", () => {
    expect(ask({ code: "time" }).reply).toEqual({ ok: true, code: "time", result: "2026-03-14T15:09:26.535Z", agent: "alice" });
  });
  it.each([
    [[1, 2, 3.5], 6.5],
    [[], 0],
    [[-1, 1e3], 999],
  ])("sum - %j → %d", (values, total) => {
    expect(ask({ code: "sum", values }).reply).toEqual({ ok: true, code: "sum", result: total, agent: "alice" });
  });
  it("upper - upper-cases text, Unicode included", () => {
    expect(ask({ code: "upper", text: "bonjour élève straße" }).reply).toMatchObject({ ok: true, result: "BONJOUR ÉLÈVE STRASSE" });
  });
  it("sleep - answers after ms, told to the service as delayMs", () => {
    const a = ask({ code: "sleep", ms: 1500 });
    expect(a.reply).toEqual({ ok: true, code: "sleep", result: { sleptMs: 1500 }, agent: "alice" });
    expect(a.delayMs).toBe(1500);
    expect(ask({ code: "sleep", ms: 0 }).delayMs).toBe(0);
  });
  it("extra fields are ignored", () => {
    expect(ask({ code: "ping", id: 7, note: "hi" }).reply).toMatchObject({ ok: true, result: "pong" });
  });
  it("every example request is answered ok", () => {
    for (const code of CODES) expect(answer(EXAMPLES[code], "a", () => at).reply).toMatchObject({ ok: true, code });
  });
});

describe("hotline responder logic - errors are replies, never throws", () => {
  const error = (request: unknown) => {
    const a = ask(request);
    expect(a.reply.ok).toBe(false);
    expect(Object.keys(a.reply).sort()).toEqual(["agent", "error", "ok"]);
    expect(JSON.parse(a.replyText)).toEqual(a.reply);
    expect(a.delayMs).toBeUndefined();
    // the agent's log says the typed cause; in English it reads exactly as the wire's text
    expect(a.cause).toBeDefined();
    expect(describeCause(a.cause!)).toBe((a.reply as { error: string }).error);
    return (a.reply as { error: string }).error;
  };
  it("invalid JSON - names the parse error", () => {
    const e = error("{code: ping}");
    expect(e).toMatch(/^invalid JSON: /);
    expect(e.length).toBeGreaterThan("invalid JSON: ".length + 5);
    expect(error("bonjour")).toMatch(/^invalid JSON: .*bonjour|^invalid JSON: Unexpected token/);
  });
  it("empty request", () => {
    expect(error("")).toContain("empty request");
    expect(error("  \n")).toContain("empty request");
  });
  it.each([
    [[1, 2], "got an array"],
    ["\"ping\"", "got a string"],
    ["42", "got a number"],
    ["null", "got null"],
    ["true", "got a boolean"],
  ])("not an object - %s", (text, what) => {
    const e = error(text);
    expect(e).toContain("must be a JSON object");
    expect(e).toContain(what);
  });
  it("causes are data: the kind and what was wrong", () => {
    expect(ask({ code: "sum", values: [1, "2"] }).cause).toEqual({ kind: "sum-not-a-number", index: 1, got: "string" });
    expect(ask({ code: "dance" }).cause).toEqual({ kind: "unknown-code", code: "dance" });
    expect(ask({ code: "sleep", ms: 60001 }).cause).toEqual({ kind: "sleep-out-of-range", ms: 60001, max: 60000 });
    expect(ask("{oops").cause).toMatchObject({ kind: "invalid-json", detail: expect.any(String) });
    expect(ask({ code: "ping" }).cause).toBeUndefined();
  });
  it("missing code - lists the known codes", () => {
    expect(error({ values: [1] })).toBe('missing "code": say what you want with one of ping, echo, time, sum, upper, sleep');
  });
  it("code not a string", () => {
    expect(error({ code: 3 })).toContain('"code" must be a string, got a number');
  });
  it("unknown code - names it and lists the known ones", () => {
    expect(error({ code: "dance" })).toBe('unknown code "dance": known codes are ping, echo, time, sum, upper, sleep');
    expect(error({ code: "PING" })).toContain('unknown code "PING"');
  });
  it("echo without data", () => {
    expect(error({ code: "echo" })).toContain('needs a "data" field');
  });
  it.each([
    [{ code: "sum" }, '"values": an array of numbers, got nothing'],
    [{ code: "sum", values: "1,2" }, "got a string"],
    [{ code: "sum", values: { a: 1 } }, "got an object"],
    [{ code: "sum", values: [1, "2", 3] }, '"values"[1] is a string'],
    [{ code: "sum", values: [1, null] }, '"values"[1] is null'],
    [{ code: "sum", values: [[1]] }, '"values"[0] is an array'],
  ])("sum - wrong arguments %j", (request, text) => {
    expect(error(request)).toContain(text);
  });
  it("sum - numbers beyond double range and overflowing totals", () => {
    expect(error('{"code":"sum","values":[1e400]}')).toContain("too large");
    expect(error({ code: "sum", values: [1e308, 1e308] })).toContain("overflowed");
  });
  it.each([
    [{ code: "upper" }, "got nothing"],
    [{ code: "upper", text: 5 }, "got a number"],
    [{ code: "upper", text: ["a"] }, "got an array"],
  ])("upper - wrong arguments %j", (request, text) => {
    expect(error(request)).toContain(text);
  });
  it.each([
    [{ code: "sleep" }, "got nothing"],
    [{ code: "sleep", ms: "100" }, "got a string"],
    [{ code: "sleep", ms: 1.5 }, "whole number"],
    [{ code: "sleep", ms: -1 }, "from 0 to 60000, got -1"],
    [{ code: "sleep", ms: 60001 }, "from 0 to 60000, got 60001"],
  ])("sleep - wrong arguments %j", (request, text) => {
    expect(error(request)).toContain(text);
  });
  it("a clock that throws still gives an error reply", () => {
    const a = answer('{"code":"time"}', "alice", () => {
      throw new Error("no clock");
    });
    expect(a.reply).toEqual({ ok: false, error: "the agent could not handle this request: no clock", agent: "alice" });
    expect(a.cause).toEqual({ kind: "agent-crashed", detail: "no clock" });
  });
});
