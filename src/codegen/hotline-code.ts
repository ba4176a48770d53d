// Lab V.3: request/reply. The agent answers (agent-code.ts); the requester asks,
// in either style the lab teaches: an explicit inbox (new_inbox + subscribe +
// publish(reply=inbox) + next_msg) or request().
import { textFor } from "./code-text";
import type { Conn, Lang, Programs, Target } from "./codegen-types";
import { bundle, filenameFor } from "./codegen-types";
import { jsLiteral, parseJson, pyLiteral } from "./json-literal";
import { cliTemplateText, jsStr, pyStr, shQuote } from "./quote";
import type { Frame } from "./skeletons";
import { natsCli, nodeProgram, pythonProgram, shellProgram } from "./skeletons";
export { agentPrograms, HOTLINE_CODES } from "./agent-code";
export type { AgentCode } from "./agent-code";

export type RequesterCode = { subject: string; json: string; timeoutMs: number; mode: "inbox" | "request" };

export function requesterPrograms(s: RequesterCode, conn: Conn, lang: Lang): Programs {
  const t = textFor(lang);
  const base = `hotline-${s.mode}`;
  const inbox = s.mode === "inbox";
  const frame = (target: Target): Frame => ({ conn, t, filename: filenameFor(target, base), intro: [inbox ? t.requester.introInbox : t.requester.introRequest] });
  const parsed = parseJson(s.json);
  const js = parsed.ok ? jsLiteral(parsed.value) : undefined;
  const secs = s.timeoutMs / 1000;

  const pyPayload = parsed.ok ? "json.dumps(REQUEST).encode()" : "REQUEST.encode()";
  const pyPrint = 'print(f"reply: {msg.data.decode(errors=\'replace\')}")';
  const pyNoResponders = 'print(f"no responders: nobody subscribes to {SUBJECT}")';
  const pyTimeout = 'print(f"timeout: no reply within {TIMEOUT} s")';
  const python = pythonProgram(frame("python"), {
    imports: parsed.ok ? ["json"] : [],
    top: [
      `SUBJECT = ${pyStr(s.subject)}`,
      parsed.ok ? [`# ${t.requester.pyDict}`, `REQUEST = ${pyLiteral(parsed.value)}`] : [`# ${t.requester.notJson}`, `REQUEST = ${pyStr(s.json)}`],
      `TIMEOUT = ${secs}  # s`,
    ],
    main: inbox
      ? [
          `# ${t.requester.inbox}`,
          "inbox = nc.new_inbox()",
          "sub = await nc.subscribe(inbox)",
          `await nc.publish(SUBJECT, ${pyPayload}, reply=inbox)`,
          "try:",
          "    msg = await sub.next_msg(timeout=TIMEOUT)",
          `    # ${t.requester.status503}`,
          '    if msg.headers and msg.headers.get("Status") == "503":',
          `        ${pyNoResponders}`,
          "    else:",
          `        ${pyPrint}`,
          "except nats.errors.TimeoutError:",
          `    ${pyTimeout}`,
        ]
      : [
          "try:",
          `    # ${t.requester.request}`,
          `    msg = await nc.request(SUBJECT, ${pyPayload}, timeout=TIMEOUT)`,
          `    ${pyPrint}`,
          `except nats.errors.NoRespondersError:  # ${t.requester.noResponders}`,
          `    ${pyNoResponders}`,
          "except nats.errors.TimeoutError:",
          `    ${pyTimeout}`,
        ],
  });

  const jsPayload = js ? "JSON.stringify(REQUEST)" : "REQUEST";
  const jsNoResponders = "console.log(`no responders: nobody subscribes to ${SUBJECT}`);";
  const jsTimeout = "console.log(`timeout: no reply within ${TIMEOUT_MS} ms`);";
  const node = nodeProgram(frame("node"), {
    imports: inbox ? ["createInbox", "ErrorCode"] : ["ErrorCode"],
    top: [
      `const SUBJECT = ${jsStr(s.subject)};`,
      js ? `const REQUEST = ${js};` : [!parsed.ok && `// ${t.requester.notJson}`, `const REQUEST = ${jsStr(s.json)};`],
      `const TIMEOUT_MS = ${s.timeoutMs};`,
    ],
    main: inbox
      ? [
          `// ${t.requester.inbox}`,
          "const inbox = createInbox();",
          "const sub = nc.subscribe(inbox, { max: 1, timeout: TIMEOUT_MS });",
          `nc.publish(SUBJECT, ${jsPayload}, { reply: inbox });`,
          "try {",
          "  for await (const msg of sub) {",
          `    // ${t.requester.status503}`,
          `    if (msg.headers?.code === 503) ${jsNoResponders}`,
          "    else console.log(`reply: ${msg.string()}`);",
          "  }",
          "} catch (err) {",
          "  if (err.code !== ErrorCode.Timeout) throw err;",
          `  ${jsTimeout}`,
          "}",
        ]
      : [
          "try {",
          `  // ${t.requester.request}`,
          `  const msg = await nc.request(SUBJECT, ${jsPayload}, { timeout: TIMEOUT_MS });`,
          "  console.log(`reply: ${msg.string()}`);",
          "} catch (err) {",
          `  if (err.code === ErrorCode.NoResponders) ${jsNoResponders} // ${t.requester.noResponders}`,
          `  else if (err.code === ErrorCode.Timeout) ${jsTimeout}`,
          "  else throw err;",
          "}",
        ],
  });

  const cli = shellProgram(frame("cli"), {
    top: [`SUBJECT=${shQuote(s.subject)}`, s.json.includes("{{") && `# ${t.common.cliBraces}`, `REQUEST=${shQuote(cliTemplateText(s.json))}`],
    main: inbox
      ? [
          `# ${t.requester.inbox}`,
          "INBOX=_INBOX.$(od -An -N8 -tx1 /dev/urandom | tr -d ' \\n')",
          `# ${t.requester.cliListen}`,
          `timeout ${secs + 1} ${natsCli(conn, "sub", '"$INBOX"', "--count 1")} &`,
          `sleep 1  # ${t.requester.cliSleep}`,
          natsCli(conn, "pub", '"$SUBJECT"', '"$REQUEST"', '--reply "$INBOX"'),
          `# ${t.requester.cli503}`,
          "wait",
        ]
      : [
          `# ${t.requester.cliRequest}`,
          `reply=$(${natsCli(conn, "request", '"$SUBJECT"', '"$REQUEST"', `--timeout ${s.timeoutMs}ms`, "--raw")} 2>&1)`,
          'case "$reply" in',
          '  *"No responders"*) echo "no responders: nobody subscribes to $SUBJECT" ;;',
          `  "") echo "timeout: no reply within ${s.timeoutMs} ms" ;;`,
          '  *) echo "reply: $reply" ;;',
          "esac",
        ],
  });

  return bundle(base, { python, cli, node });
}
