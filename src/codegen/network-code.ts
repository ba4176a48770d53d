// Every client of the account with its subscriptions: what the Network panel
// shows, asked the way it asks, on $SYS.REQ.ACCOUNT.PING.CONNZ.
import { textFor } from "./code-text";
import type { Conn, Lang, Programs, Target } from "./codegen-types";
import { bundle, filenameFor } from "./codegen-types";
import type { Frame } from "./skeletons";
import { natsCli, nodeProgram, pythonProgram, shellProgram } from "./skeletons";

export const CONNZ_SUBJECT = "$SYS.REQ.ACCOUNT.PING.CONNZ";
const CONNZ_REQUEST = '{"subscriptions_detail": true}';

export function connzPrograms(conn: Conn, lang: Lang): Programs {
  const t = textFor(lang);
  const base = "connz";
  const frame = (target: Target): Frame => ({ conn, t, filename: filenameFor(target, base), intro: [t.network.intro] });

  const python = pythonProgram(frame("python"), {
    imports: ["json"],
    top: [`# ${t.network.subject}`, `SUBJECT = "${CONNZ_SUBJECT}"`],
    main: [
      "try:",
      `    msg = await nc.request(SUBJECT, json.dumps({"subscriptions_detail": True}).encode(), timeout=2)`,
      "except (nats.errors.NoRespondersError, nats.errors.TimeoutError) as e:",
      `    # ${t.network.noAnswer}`,
      '    print(f"the server did not answer ({type(e).__name__})")',
      "    await nc.close()",
      "    return",
      "answer = json.loads(msg.data)",
      'if "error" in answer:',
      `    print(f"refused: {answer['error'].get('description')}")`,
      `# ${t.network.cluster}`,
      'for c in answer.get("data", {}).get("connections", []):',
      `    name = c.get("name") or f"unnamed (cid {c.get('cid')})"`,
      `    print(f"{name}  [{c.get('lang', '?')} {c.get('version', '')}]")`,
      '    for sub in c.get("subscriptions_list_detail", []):',
      `        queue = f"  queue {sub['qgroup']}" if sub.get("qgroup") else ""`,
      `        print(f"    {sub['subject']}{queue}  ({sub.get('msgs', 0)} msgs)")`,
    ],
  });

  const node = nodeProgram(frame("node"), {
    top: [`// ${t.network.subject}`, `const SUBJECT = "${CONNZ_SUBJECT}";`],
    main: [
      "let answer;",
      "try {",
      "  const msg = await nc.request(SUBJECT, JSON.stringify({ subscriptions_detail: true }), { timeout: 2000 });",
      "  answer = msg.json();",
      "} catch (err) {",
      `  // ${t.network.noAnswer}`,
      "  console.log(`the server did not answer (${err.code})`);",
      "}",
      "if (answer?.error) console.log(`refused: ${answer.error.description}`);",
      `// ${t.network.cluster}`,
      "for (const c of answer?.data?.connections ?? []) {",
      "  console.log(`${c.name || `unnamed (cid ${c.cid})`}  [${c.lang ?? \"?\"} ${c.version ?? \"\"}]`);",
      "  for (const sub of c.subscriptions_list_detail ?? []) {",
      "    console.log(`    ${sub.subject}${sub.qgroup ? `  queue ${sub.qgroup}` : \"\"}  (${sub.msgs ?? 0} msgs)`);",
      "  }",
      "}",
    ],
  });

  const cli = shellProgram(frame("cli"), {
    needs: t.network.cliNeeds,
    top: [`# ${t.network.subject}`, `SUBJECT='${CONNZ_SUBJECT}'`],
    main: [
      `${natsCli(conn, "request", '"$SUBJECT"', `'${CONNZ_REQUEST}'`, "--raw")} |`,
      `  jq -r '.data.connections[]? | "\\(.name // "unnamed (cid \\(.cid))")  [\\(.lang) \\(.version)]", (.subscriptions_list_detail[]? | "    \\(.subject)\\(if .qgroup then "  queue \\(.qgroup)" else "" end)  (\\(.msgs // 0) msgs)")'`,
    ],
  });

  return bundle(base, { python, cli, node });
}
