import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { agentPrograms, requesterPrograms } from "./hotline-code";
import type { RequesterCode } from "./hotline-code";

const conn = { url: "nats://127.0.0.1:4222" };
const lines = (code: string) => code.split("\n");
const ask = (s: Partial<RequesterCode> = {}) => requesterPrograms({ subject: "hotline", json: '{"code": "sum", "values": [1, 2]}', timeoutMs: 1500, mode: "request", ...s }, conn, "en");

describe("agentPrograms", () => {
  const p = agentPrograms({ subject: "hotline", queue: "hotline-agents", agentName: "agent-7" }, conn, "en");

  it("agent - decodes JSON, answers with msg.respond in a queue group, every code of the protocol", () => {
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(['QUEUE = "hotline-agents"', "    await nc.subscribe(SUBJECT, queue=QUEUE, cb=cb)", "        await msg.respond(json.dumps(reply).encode())", "        request = json.loads(data)  # the request is JSON text: decode it into a value"]));
    for (const code of ["ping", "echo", "time", "sum", "upper", "sleep"]) {
      expect(p.python.code).toContain(`if code == "${code}":`);
      expect(p.node.code).toContain(`if (code === "${code}")`);
      expect(p.cli.code).toContain(`.code == "${code}"`);
    }
    expect(p.node.code).toContain("  queue: QUEUE,");
    expect(p.node.code).toContain("msg.respond(JSON.stringify(reply));");
    expect(p.cli.code).toContain('nats --server "$SERVER" reply "$SUBJECT" --queue "$QUEUE" --command "sh \\"$0\\" answer"');
    expect(p.python.code).toContain("a queue group: each request goes to one member only");
  });

  it("agent - never silent: bad JSON, unknown or missing code, a crash all become ok: false", () => {
    for (const code of [p.python.code, p.node.code]) {
      expect(code).toContain("invalid JSON: ");
      expect(code).toContain("unknown code ");
      expect(code).toContain('missing "code"');
      expect(code).toContain("agent error: ");
    }
  });

  // The CLI agent's logic is jq's: run it for real on requests (the nats CLI is not needed for this part).
  it("agent - the CLI script answers the protocol through jq", (ctx) => {
    if (spawnSync("jq", ["--version"]).status !== 0) ctx.skip("jq is not installed: the CLI agent's answers were not run");
    const dir = mkdtempSync(join(tmpdir(), "codegen-agent-"));
    const file = join(dir, p.cli.filename);
    writeFileSync(file, p.cli.code);
    const answer = (body: string) => {
      const r = spawnSync("sh", [file, "answer"], { encoding: "utf8", env: { ...process.env, NATS_REQUEST_BODY: body } });
      expect(r.stderr).toBe("");
      return JSON.parse(r.stdout) as Record<string, unknown>;
    };
    try {
      expect(answer('{"code": "ping"}')).toEqual({ ok: true, code: "ping", result: "pong", agent: "agent-7" });
      expect(answer('{"code": "sum", "values": [1, 2.5]}')).toMatchObject({ ok: true, result: 3.5 });
      expect(answer('{"code": "sum", "values": []}')).toMatchObject({ ok: true, result: 0 });
      expect(answer('{"code": "upper", "text": "abc"}')).toMatchObject({ ok: true, result: "ABC" });
      expect(answer('{"code": "echo", "data": [1, {"a": null}]}')).toMatchObject({ ok: true, result: [1, { a: null }] });
      expect(answer('{"code": "sleep", "ms": 1}')).toMatchObject({ ok: true, result: { sleptMs: 1 } });
      expect(answer('{"code": "time"}')).toMatchObject({ ok: true, result: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
      expect(answer('{"code": "nope"}')).toMatchObject({ ok: false, error: 'unknown code "nope": known codes are ping, echo, time, sum, upper, sleep', agent: "agent-7" });
      for (const bad of ["", "not json", "[1]", "{}", '{"code": "sum", "values": ["1"]}', '{"code": "sleep", "ms": 1.5}', '{"code": "upper"}', '{"code": "echo"}'])
        expect(answer(bad)).toMatchObject({ ok: false, error: expect.any(String) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("requesterPrograms", () => {
  it("requester - request(): the JSON as a dictionary / object, no responders and timeout told apart", () => {
    const p = ask();
    expect(p.python.filename).toBe("hotline_request.py");
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(['REQUEST = {"code": "sum", "values": [1, 2]}', "TIMEOUT = 1.5  # s", "    except nats.errors.NoRespondersError:  # nobody subscribed to the subject: no responders, known at once", "    except nats.errors.TimeoutError:"]));
    expect(p.python.code).toContain("msg = await nc.request(SUBJECT, json.dumps(REQUEST).encode(), timeout=TIMEOUT)");
    expect(lines(p.node.code)).toEqual(expect.arrayContaining(['const REQUEST = { code: "sum", values: [1, 2] };', "const TIMEOUT_MS = 1500;"]));
    expect(p.node.code).toContain("err.code === ErrorCode.NoResponders");
    expect(p.cli.code).toContain(`request "$SUBJECT" "$REQUEST" --timeout 1500ms --raw`);
    expect(p.cli.code).toContain("REQUEST='{\"code\": \"sum\", \"values\": [1, 2]}'");
  });

  it("requester - the explicit inbox, as the lab writes it", () => {
    const p = ask({ mode: "inbox" });
    expect(p.node.filename).toBe("hotline-inbox.mjs");
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(["    inbox = nc.new_inbox()", "    sub = await nc.subscribe(inbox)", "    await nc.publish(SUBJECT, json.dumps(REQUEST).encode(), reply=inbox)", "        msg = await sub.next_msg(timeout=TIMEOUT)"]));
    expect(p.python.code).toContain('msg.headers.get("Status") == "503"');
    expect(lines(p.node.code)).toEqual(expect.arrayContaining(["const inbox = createInbox();", "nc.publish(SUBJECT, JSON.stringify(REQUEST), { reply: inbox });"]));
    expect(p.cli.code).toContain('pub "$SUBJECT" "$REQUEST" --reply "$INBOX"');
  });

  it("requester - JSON that does not parse is sent as typed; values become Python's True/None", () => {
    const bad = ask({ json: "{oops" });
    expect(bad.python.code).toContain('REQUEST = "{oops"');
    expect(bad.python.code).toContain("REQUEST.encode()");
    expect(bad.python.code).not.toContain("import json");
    expect(bad.node.code).toContain('const REQUEST = "{oops";');
    expect(ask({ json: '{"a": [true, false, null, 1.5e3, "x\\"y"]}' }).python.code).toContain('REQUEST = {"a": [True, False, None, 1500, "x\\"y"]}');
    expect(ask({ json: '{"__proto__": {"x": 1}}' }).node.code).toContain('const REQUEST = "{\\"__proto__\\": {\\"x\\": 1}}";');
  });
});
