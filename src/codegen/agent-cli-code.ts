// The hotline agent with the nats CLI: `nats reply --command` runs this same
// script once per request (with the argument "answer"); jq decodes the request
// and builds the reply, which is what the script prints.
import type { AgentCode } from "./agent-code";
import type { Conn } from "./codegen-types";
import { shQuote } from "./quote";
import type { Frame } from "./skeletons";
import { natsCli, shellProgram } from "./skeletons";

// No single quote inside: the program sits in a single-quoted shell word.
const JQ_PROGRAM = String.raw`
def fail(e): {ok: false, error: e, agent: $agent};
def ok(r): {ok: true, code: .code, result: r, agent: $agent};
def codes: "ping, echo, time, sum, upper, sleep";
if test("^\\s*$") then fail("empty request: send a JSON object like {\"code\": \"ping\"}")
else (try {v: fromjson} catch {e: .}) | if .e then fail("invalid JSON: \(.e)") else .v |
  if type != "object" then fail("the request must be a JSON object like {\"code\": \"ping\"}")
  elif .code == "ping" then ok("pong")
  elif .code == "echo" then (if has("data") then ok(.data) else fail("echo needs a \"data\" field") end)
  elif .code == "time" then ok($now)
  elif .code == "sum" then
    (if (.values | type) == "array" and all(.values[]; type == "number") then ok(.values | add // 0)
     else fail("sum needs \"values\": an array of numbers") end)
  elif .code == "upper" then
    (if (.text | type) == "string" then ok(.text | ascii_upcase) else fail("upper needs \"text\": a string") end)
  elif .code == "sleep" then
    (if (.ms | type) == "number" and .ms == (.ms | floor) and .ms >= 0 and .ms <= 60000 then ok({sleptMs: .ms})
     else fail("sleep needs \"ms\": a whole number from 0 to 60000") end)
  elif .code == null then fail("missing \"code\": use one of \(codes)")
  else fail("unknown code \(.code | tojson): known codes are \(codes)") end end end`;

export function agentCli(s: AgentCode, conn: Conn, frame: Frame): string {
  const { t } = frame;
  return shellProgram(frame, {
    needs: t.agent.cliNeeds,
    top: [`SUBJECT=${shQuote(s.subject)}`, `QUEUE=${shQuote(s.queue)}`, `AGENT=${shQuote(s.agentName)}  # ${t.agent.name}`],
    main: [
      `# ${t.agent.cliAnswer}`,
      'if [ "$1" = answer ]; then',
      `  # ${t.agent.protocol}`,
      `  reply=$(printf '%s' "$NATS_REQUEST_BODY" | jq -cRs --arg agent "$AGENT" --arg now "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '${JQ_PROGRAM}')`,
      "  ms=$(printf '%s' \"$reply\" | jq -r '.result.sleptMs? // empty')",
      '  if [ -n "$ms" ]; then sleep "$(awk "BEGIN { print $ms / 1000 }")"; fi',
      "  printf '%s\\n' \"$reply\"",
      "  exit 0",
      "fi",
      "",
      `# ${t.agent.queue}`,
      `# ${t.agent.cliRespond}`,
      `echo "$AGENT answers $SUBJECT in queue group $QUEUE (Ctrl-C to stop)"`,
      natsCli(conn, "reply", '"$SUBJECT"', '--queue "$QUEUE"', '--command "sh \\"$0\\" answer"'),
    ],
  });
}
