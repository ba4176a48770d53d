// Lab V.3's answering service: decodes the JSON request, answers with msg.respond
// following the hotline protocol (README), in a queue group. Never silent: bad
// JSON, a missing or unknown code, wrong arguments all get an ok: false reply.
import { agentCli } from "./agent-cli-code";
import { textFor } from "./code-text";
import type { Conn, Lang, Programs, Target } from "./codegen-types";
import { bundle, filenameFor } from "./codegen-types";
import { jsStr, pyStr } from "./quote";
import type { Frame } from "./skeletons";
import { nodeProgram, pythonProgram, pyUntilStopped } from "./skeletons";

export type AgentCode = { subject: string; queue: string; agentName: string };

export const HOTLINE_CODES = ["ping", "echo", "time", "sum", "upper", "sleep"] as const;
const CODES_LIST = `[${HOTLINE_CODES.map((c) => `"${c}"`).join(", ")}]`;
const LIKE = '{"code": "ping"}';

export function agentPrograms(s: AgentCode, conn: Conn, lang: Lang): Programs {
  const t = textFor(lang);
  const base = "hotline-agent";
  const frame = (target: Target): Frame => ({ conn, t, filename: filenameFor(target, base), intro: [t.agent.intro], forever: true });

  const python = pythonProgram(frame("python"), {
    imports: ["json", "math", "from datetime import datetime, timezone"],
    top: [
      `SUBJECT = ${pyStr(s.subject)}`,
      `QUEUE = ${pyStr(s.queue)}`,
      `AGENT = ${pyStr(s.agentName)}  # ${t.agent.name}`,
      `CODES = ${CODES_LIST}`,
      "",
      "def ok(code, result):",
      '    return {"ok": True, "code": code, "result": result, "agent": AGENT}',
      "",
      "def fail(error):",
      '    return {"ok": False, "error": error, "agent": AGENT}',
      "",
      "def is_number(v):",
      "    return isinstance(v, (int, float)) and not isinstance(v, bool)",
      "",
      "async def answer(data):",
      `    # ${t.agent.protocol}`,
      "    if not data.strip():",
      `        return fail('empty request: send a JSON object like ${LIKE}')`,
      "    try:",
      `        request = json.loads(data)  # ${t.agent.decode}`,
      "    except ValueError as e:",
      '        return fail(f"invalid JSON: {e}")',
      "    if not isinstance(request, dict):",
      `        return fail('the request must be a JSON object like ${LIKE}')`,
      '    code = request.get("code")',
      '    if code == "ping":',
      '        return ok(code, "pong")',
      '    if code == "echo":',
      `        return ok(code, request["data"]) if "data" in request else fail('echo needs a "data" field')`,
      '    if code == "time":',
      '        return ok(code, datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"))',
      '    if code == "sum":',
      '        values = request.get("values")',
      "        if not isinstance(values, list) or not all(is_number(v) for v in values):",
      `            return fail('sum needs "values": an array of numbers')`,
      "        total = sum(values)",
      `        return ok(code, total) if math.isfinite(total) else fail("the sum is too large")`,
      '    if code == "upper":',
      '        text = request.get("text")',
      `        return ok(code, text.upper()) if isinstance(text, str) else fail('upper needs "text": a string')`,
      '    if code == "sleep":',
      '        ms = request.get("ms")',
      "        if not isinstance(ms, int) or isinstance(ms, bool) or not 0 <= ms <= 60000:",
      `            return fail('sleep needs "ms": a whole number from 0 to 60000')`,
      "        await asyncio.sleep(ms / 1000)",
      '        return ok(code, {"sleptMs": ms})',
      "    if code is None:",
      `        return fail(f'missing "code": use one of {", ".join(CODES)}')`,
      `    return fail(f'unknown code {json.dumps(code)}: known codes are {", ".join(CODES)}')`,
    ],
    main: [
      "async def cb(msg):",
      "    try:",
      "        reply = await answer(msg.data)",
      `    except Exception as e:  # ${t.agent.neverCrash}`,
      '        reply = fail(f"agent error: {e}")',
      "    if not msg.reply:",
      '        print(f"no reply subject, not answered: {msg.data!r}")',
      "        return",
      `    # ${t.agent.respond}`,
      "    await msg.respond(json.dumps(reply).encode())",
      `    print(f"{msg.data.decode(errors='replace')} -> {json.dumps(reply)}")`,
      "",
      `# ${t.agent.queue}`,
      "await nc.subscribe(SUBJECT, queue=QUEUE, cb=cb)",
      `await nc.flush()  # ${t.common.flushSub}`,
      'print(f"{AGENT} answers {SUBJECT} in queue group {QUEUE} (Ctrl-C to stop)")',
      pyUntilStopped(t),
    ],
  });

  const node = nodeProgram(frame("node"), {
    top: [
      `const SUBJECT = ${jsStr(s.subject)};`,
      `const QUEUE = ${jsStr(s.queue)};`,
      `const AGENT = ${jsStr(s.agentName)}; // ${t.agent.name}`,
      `const CODES = ${CODES_LIST};`,
      "",
      "const ok = (code, result) => ({ ok: true, code, result, agent: AGENT });",
      "const fail = (error) => ({ ok: false, error, agent: AGENT });",
      "",
      "async function answer(text) {",
      `  // ${t.agent.protocol}`,
      `  if (text.trim() === "") return fail('empty request: send a JSON object like ${LIKE}');`,
      "  let request;",
      "  try {",
      `    request = JSON.parse(text); // ${t.agent.decode}`,
      "  } catch (e) {",
      "    return fail(`invalid JSON: ${e.message}`);",
      "  }",
      `  if (typeof request !== "object" || request === null || Array.isArray(request)) return fail('the request must be a JSON object like ${LIKE}');`,
      "  const { code } = request;",
      '  if (code === "ping") return ok(code, "pong");',
      `  if (code === "echo") return "data" in request ? ok(code, request.data) : fail('echo needs a "data" field');`,
      '  if (code === "time") return ok(code, new Date().toISOString());',
      '  if (code === "sum") {',
      "    const { values } = request;",
      `    if (!Array.isArray(values) || !values.every((v) => typeof v === "number")) return fail('sum needs "values": an array of numbers');`,
      "    const total = values.reduce((a, b) => a + b, 0);",
      '    return Number.isFinite(total) ? ok(code, total) : fail("the sum is too large");',
      "  }",
      '  if (code === "upper") {',
      `    return typeof request.text === "string" ? ok(code, request.text.toUpperCase()) : fail('upper needs "text": a string');`,
      "  }",
      '  if (code === "sleep") {',
      "    const { ms } = request;",
      `    if (!Number.isInteger(ms) || ms < 0 || ms > 60000) return fail('sleep needs "ms": a whole number from 0 to 60000');`,
      "    await new Promise((r) => setTimeout(r, ms));",
      "    return ok(code, { sleptMs: ms });",
      "  }",
      "  if (code === undefined) return fail(`missing \"code\": use one of ${CODES.join(\", \")}`);",
      "  return fail(`unknown code ${JSON.stringify(code)}: known codes are ${CODES.join(\", \")}`);",
      "}",
    ],
    main: [
      `// ${t.agent.queue}`,
      "nc.subscribe(SUBJECT, {",
      "  queue: QUEUE,",
      "  callback: async (_err, msg) => {",
      "    const reply = await answer(msg.string()).catch((e) => fail(`agent error: ${e.message}`));",
      "    if (!msg.reply) return console.log(`no reply subject, not answered: ${msg.string()}`);",
      `    // ${t.agent.respond}`,
      "    msg.respond(JSON.stringify(reply));",
      "    console.log(`${msg.string()} -> ${JSON.stringify(reply)}`);",
      "  },",
      "});",
      `await nc.flush(); // ${t.common.flushSub}`,
      "console.log(`${AGENT} answers ${SUBJECT} in queue group ${QUEUE} (Ctrl-C to stop)`);",
    ],
  });

  return bundle(base, { python, cli: agentCli(s, conn, frame("cli")), node });
}
