import { describe, expect, it } from "vitest";
import { parseServiceCommand } from "./service-options";
import type { ServicePlan } from "./service-options";
import { KINDS, serviceHelp } from "./service-kinds";
import { describeUsage } from "./usage-problems";
import { describeFieldProblem } from "../features/counter/counter-text";
import { describeEveryProblem } from "../features/subjects/publisher/publisher-text";
import { describePatternProblem } from "../features/subjects/receiver/receiver-text";
import { describeAgentProblem } from "../features/hotline/agent-words";
import { describeRequestProblem } from "../features/hotline/requester-words";
import { describeChatProblem } from "../features/chat/chat-words";
import { describeProblem } from "../subjects/subject-text";
import { validatePattern, validatePublishSubject } from "../subjects/subject-grammar";

// A field's own problem is said in the panel's words (the feature's describer): the terminal refuses what the
// panel refuses, the same way.
const subjectProblem = (text: string) => {
  const v = validatePublishSubject(text);
  return v.ok ? "" : describeProblem(v.problem);
};
const patternProblem = (text: string) => {
  const v = validatePattern(text);
  return v.ok ? "" : describeProblem(v.problem);
};

const fixedId = () => "abcd1234";
const parse = (...argv: string[]) => parseServiceCommand(argv, fixedId);
const refusal = (...argv: string[]) => {
  const r = parse(...argv);
  if (r.ok) throw new Error(`accepted: ${argv.join(" ")}`);
  return describeUsage(r.problem);
};
const plan = (...argv: string[]): ServicePlan => {
  const r = parse(...argv);
  if (!r.ok) throw new Error(describeUsage(r.problem));
  if (r.value.help) throw new Error("help");
  return r.value.plan;
};

describe("service options", () => {
  it("service options - every bad command line is refused with a precise message", () => {
    const cases: [string[], string][] = [
      [[], "say which service to run: one of counter-publisher, counter-subscriber"],
      [["counter"], "'counter' is not a service: use one of counter-publisher"],
      [["--servers", "nats://x:1"], "say which service to run"],
      [["counter-publisher", "--interval"], "--interval needs a value: --interval <MS>"],
      [["counter-publisher", "--subject", "--step", "3"], "--subject needs a value"],
      [["counter-publisher", "--interval", "5"], `--interval: ${describeFieldProblem({ kind: "too-fast", ms: 5, min: 100 })}`],
      [["counter-publisher", "--interval", "1.5"], `--interval: ${describeFieldProblem({ kind: "not-whole", text: "1.5", unit: "ms" })}`],
      [["counter-publisher", "--step", "0"], `--step: ${describeFieldProblem({ kind: "step-zero" })}`],
      [["counter-publisher", "--start", "abc"], `--start: ${describeFieldProblem({ kind: "not-whole", text: "abc", unit: "none" })}`],
      [["counter-publisher", "--subject", "fr..paris"], `--subject: ${subjectProblem("fr..paris")}`],
      [["counter-publisher", "--subject", "fr.*"], `--subject: ${subjectProblem("fr.*")}`],
      [["counter-publisher", "--servr", "x"], "--servr is not an option of counter-publisher (did you mean --servers?)"],
      [["counter-publisher", "--every", "5"], "--every is not an option of counter-publisher"],
      [["counter-publisher", "-x"], "-x is not an option of counter-publisher"],
      [["counter-publisher", "--step", "2", "--step", "3"], "--step is given twice"],
      [["counter-publisher", "--help=yes"], "--help takes no value"],
      [["counter-publisher", "extra"], "counter-publisher does not take 'extra'"],
      [["counter-subscriber", "--interval", "100"], "--interval is not an option of counter-subscriber"],
      [["subjects-publisher", "--every", "0"], `--every: ${describeEveryProblem({ kind: "too-small", min: 1 })}`],
      [["subjects-publisher", "--every", "soon"], `--every: ${describeEveryProblem({ kind: "not-whole", text: "soon" })}`],
      [["subscriber"], "subscriber needs at least one pattern"],
      [["subscriber", "fr.>.x"], `pattern: ${patternProblem("fr.>.x")}`],
      [["subscriber", "fr.>", "fr.>"], `pattern: ${describePatternProblem({ kind: "duplicate", pattern: "fr.>" })}`],
      [["hotline-agent", "--reply-with", "shout"], "--reply-with shout: use one of respond, publish"],
      [["hotline-agent", "--agent", " "], "--agent needs a value"],
      [["hotline-agent", "--agent", "x".repeat(65)], `--agent: ${describeAgentProblem({ kind: "name-too-long", length: 65, max: 64 })}`],
      [["hotline-agent", "--subject", "hot line"], `--subject: ${patternProblem("hot line")}`],
      [["hotline-ask"], `hotline-ask needs the request as JSON, e.g. '{"code":"ping"}'`],
      [["hotline-ask", "{"], `<json>: ${describeRequestProblem({ kind: "json-invalid", detail: "" }).split(":")[0]}`],
      [["hotline-ask", "{}", "{}"], "hotline-ask does not take '{}'"],
      [["hotline-ask", '{"code":"ping"}', "--timeout", "0"], `--timeout: ${describeRequestProblem({ kind: "out-of-range", field: "timeout", value: 0, min: 1, max: 300000 })}`],
      [["hotline-ask", '{"code":"ping"}', "--timeout", "soon"], `--timeout: ${describeRequestProblem({ kind: "not-whole", field: "timeout", text: "soon", min: 1, max: 300000 })}`],
      [["hotline-ask", '{"code":"ping"}', "--mode", "fast"], "--mode fast: use one of request, inbox"],
      [["hotline-ask", '{"code":"ping"}', "--subject", "a..b"], `--subject: ${subjectProblem("a..b")}`],
      [["chat", "--rooms", "chat.general,chat.general"], `--rooms: ${describeChatProblem({ kind: "already-joined", pattern: "chat.general" })}`],
      [["chat", "--rooms", "chat..x"], `--rooms: ${patternProblem("chat..x")}`],
      [["chat", "--post-to", "chat.*"], `--post-to: ${subjectProblem("chat.*")}`],
      [["chat", "--name", "x".repeat(41)], `--name: ${describeChatProblem({ kind: "name-too-long", length: 41, max: 40 })}`],
      [["counter-subscriber", "--servers", "ws://127.0.0.1:9222"], "ws:// is for browsers; a service connects over TCP: use nats://host:4222"],
      [["counter-subscriber", "--servers", "http://127.0.0.1:8222"], "that is a web address"],
      [["counter-subscriber", "--servers", "ftp://host:21"], "use nats:// (or tls://) followed by host:port"],
      [["counter-subscriber", "--servers", "nats://"], "--servers nats://: not a server address"],
      [["counter-subscriber", "--servers", "nats://a:1/path"], "not a server address"],
      [["counter-subscriber", "--user", "bob"], "--user without --pass: give both, or neither"],
      [["counter-subscriber", "--pass", "secret"], "--pass without --user"],
      [["counter-subscriber", "--name", "n".repeat(101)], "--name: a name has at most 100 characters"],
    ];
    for (const [argv, message] of cases) expect(refusal(...argv), argv.join(" ")).toContain(message);
  });

  it("service options - the panels' defaults, the given servers, a name of its own", () => {
    expect(plan("counter-publisher")).toEqual({
      kind: "counter-publisher",
      settings: { subject: "compteur", intervalMs: 10000, step: 2, start: 0 },
      connection: { servers: ["nats://127.0.0.1:4222"], name: "counter-publisher-abcd" },
    });
    expect(plan("counter-publisher", "--interval=1000", "--start", "-4", "--step", "-2", "--servers", "nats://a:1, b:2,tls://c:3")).toMatchObject({
      settings: { intervalMs: 1000, start: -4, step: -2 },
      connection: { servers: ["nats://a:1", "nats://b:2", "tls://c:3"] },
    });
    expect(plan("subjects-publisher", "--every", "20", "--payload", "{n}")).toMatchObject({ everyMs: 20, payload: "{n}" });
    expect(plan("subscriber", "fr.grand_est.>", "fr.*.*.strasbourg")).toMatchObject({ patterns: ["fr.grand_est.>", "fr.*.*.strasbourg"] });
    expect(plan("hotline-agent", "--name", "node-agent", "--user", "u", "--pass", "p")).toMatchObject({
      settings: { subject: "hotline", agent: "node-agent", mode: "respond" },
      connection: { name: "node-agent", user: "u", pass: "p" },
    });
    expect(plan("hotline-ask", '{"code":"sum","values":[1]}', "--mode", "inbox", "--timeout", "500")).toMatchObject({
      plan: { subject: "hotline", payload: '{"code":"sum","values":[1]}', code: "sum", timeoutMs: 500, mode: "inbox", repeat: 1 },
    });
    expect(plan("chat", "--rooms", "chat.*,chat.dev", "--name", "alice")).toMatchObject({ rooms: ["chat.*", "chat.dev"], postTo: "chat.dev" });
    expect(plan("chat", "--rooms", "chat.>")).toMatchObject({ postTo: "chat.general" });
  });

  it("service options - --help wins wherever it is, and lists every kind and every option", () => {
    for (const argv of [["--help"], ["counter-publisher", "--interval", "5", "--help"], ["nonsense", "-h"]]) {
      expect(parse(...argv)).toEqual({ ok: true, value: { help: true } });
    }
    const help = serviceHelp();
    for (const kind of KINDS) expect(help).toContain(`\n  ${kind}`);
    for (const option of ["--subject", "--interval", "--step", "--start", "--every", "--payload", "--agent", "--reply-with", "--timeout", "--mode", "--rooms", "--post-to", "--servers", "--name", "--user", "--pass", "--help"]) {
      expect(help).toContain(option);
    }
  });
});
