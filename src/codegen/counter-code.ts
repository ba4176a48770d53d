// Lab V.1: the counter's publisher and subscriber, from the Counter panel's settings.
import { textFor } from "./code-text";
import type { Conn, Lang, Programs } from "./codegen-types";
import { bundle, filenameFor } from "./codegen-types";
import { jsStr, pyStr, shQuote } from "./quote";
import type { Frame } from "./skeletons";
import { natsCli, nodeProgram, pythonProgram, pyUntilStopped, shellProgram } from "./skeletons";

export type CounterCode = {
  subject: string;
  intervalMs: number;
  step: number;
  start: number;
  role: "publisher" | "subscriber";
  /**
   * The publisher sends these headers with each value (optional): its name (the program's file
   * name) and its step, so a playground tab shows who publishes instead of "unknown".
   */
  announce?: { publisherHeader: string; stepHeader: string };
};

const seconds = (ms: number) => String(ms / 1000);

export function counterPrograms(s: CounterCode, conn: Conn, lang: Lang): Programs {
  const t = textFor(lang);
  const base = `counter-${s.role}`;
  const frame = (target: keyof Programs): Frame => ({
    conn,
    t,
    filename: filenameFor(target, base),
    intro: [s.role === "publisher" ? t.counter.publisherIntro(seconds(s.intervalMs)) : t.counter.subscriberIntro],
    forever: true,
  });
  const pub = s.role === "publisher";
  const announce = pub ? s.announce : undefined;
  const named = (target: keyof Programs) => filenameFor(target, base);

  const python = pythonProgram(frame("python"), {
    top: [
      `SUBJECT = ${pyStr(s.subject)}`,
      pub ? [`START = ${s.start}`, `STEP = ${s.step}`, `INTERVAL = ${seconds(s.intervalMs)}  # s`] : `STEP = ${s.step}`,
      announce && [`# ${t.counter.announce}`, `HEADERS = {${pyStr(announce.publisherHeader)}: ${pyStr(named("python"))}, ${pyStr(announce.stepHeader)}: str(STEP)}`],
    ],
    main: pub
      ? [
          "value = START",
          pyUntilStopped(t, [
            "while True:",
            `    # ${t.counter.asText}`,
            `    await nc.publish(SUBJECT, str(value).encode()${announce ? ", headers=HEADERS" : ""})`,
            '    print(f"{SUBJECT} <- {value}")',
            "    value += STEP",
            "    await asyncio.sleep(INTERVAL)",
          ]),
        ]
      : [
          "last = None",
          "",
          "async def cb(msg):",
          "    nonlocal last",
          "    text = msg.data.decode(errors=\"replace\")",
          "    try:",
          `        value = int(text)  # ${t.counter.parse}`,
          "    except ValueError:",
          '        print(f"{msg.subject}: {text!r} (not a number)")',
          "        return",
          `    # ${t.counter.gap}`,
          "    if last is not None and (value - last) / STEP > 1:",
          '        print(f"{msg.subject}: {value}  (gap: missed {(value - last) // STEP - 1} after {last})")',
          "    elif last is not None and (value - last) / STEP <= 0:",
          '        print(f"{msg.subject}: {value}  (went back from {last}: publisher restarted?)")',
          "    else:",
          '        print(f"{msg.subject}: {value}")',
          "    last = value",
          "",
          "await nc.subscribe(SUBJECT, cb=cb)",
          `await nc.flush()  # ${t.common.flushSub}`,
          'print(f"listening on {SUBJECT} (Ctrl-C to stop)")',
          pyUntilStopped(t),
        ],
  });

  const node = nodeProgram(frame("node"), {
    imports: announce ? ["headers"] : [],
    top: [
      `const SUBJECT = ${jsStr(s.subject)};`,
      pub ? [`const START = ${s.start};`, `const STEP = ${s.step};`, `const INTERVAL_MS = ${s.intervalMs};`] : `const STEP = ${s.step};`,
      announce && [
        `// ${t.counter.announce}`,
        "const HEADERS = headers();",
        `HEADERS.set(${jsStr(announce.publisherHeader)}, ${jsStr(named("node"))});`,
        `HEADERS.set(${jsStr(announce.stepHeader)}, String(STEP));`,
      ],
    ],
    main: pub
      ? [
          "let value = START;",
          "const tick = () => {",
          `  // ${t.counter.asText}`,
          `  nc.publish(SUBJECT, String(value)${announce ? ", { headers: HEADERS }" : ""});`,
          "  console.log(`${SUBJECT} <- ${value}`);",
          "  value += STEP;",
          "};",
          "tick();",
          "const timer = setInterval(tick, INTERVAL_MS);",
          'process.on("SIGINT", () => clearInterval(timer));',
        ]
      : [
          "let last;",
          "nc.subscribe(SUBJECT, {",
          "  callback: (_err, msg) => {",
          "    const text = msg.string();",
          `    if (!/^\\s*[-+]?\\d+\\s*$/.test(text)) return console.log(\`\${msg.subject}: \${JSON.stringify(text)} (not a number)\`);`,
          `    const value = Number(text); // ${t.counter.parse}`,
          `    // ${t.counter.gap}`,
          "    if (last !== undefined && (value - last) / STEP > 1) {",
          "      console.log(`${msg.subject}: ${value}  (gap: missed ${Math.floor((value - last) / STEP) - 1} after ${last})`);",
          "    } else if (last !== undefined && (value - last) / STEP <= 0) {",
          "      console.log(`${msg.subject}: ${value}  (went back from ${last}: publisher restarted?)`);",
          "    } else {",
          "      console.log(`${msg.subject}: ${value}`);",
          "    }",
          "    last = value;",
          "  },",
          "});",
          `await nc.flush(); // ${t.common.flushSub}`,
          "console.log(`listening on ${SUBJECT} (Ctrl-C to stop)`);",
        ],
  });

  const cli = shellProgram(frame("cli"), {
    top: [
      `SUBJECT=${shQuote(s.subject)}`,
      pub ? [`STEP=${s.step}`, `value=${s.start}`] : `STEP=${s.step}`,
      announce && [`# ${t.counter.announce}`, `PUBLISHER=${shQuote(`${announce.publisherHeader}:${named("cli")}`)}`, `STEP_HEADER=${shQuote(announce.stepHeader)}`],
    ],
    main: pub
      ? [
          `# ${t.counter.cliLoop}`,
          "while true; do",
          `  ${natsCli(conn, "pub", '"$SUBJECT"', '"$value"', ...(announce ? ['-H "$PUBLISHER"', '-H "$STEP_HEADER:$STEP"'] : []))}`,
          "  value=$((value + STEP))",
          `  sleep ${seconds(s.intervalMs)}`,
          "done",
        ]
      : [
          `# ${t.counter.cliRaw}`,
          `${natsCli(conn, "sub", '"$SUBJECT"', "--raw")} | while IFS= read -r value; do`,
          '  case "$value" in',
          `    ''|*[!0-9-]*) echo "$SUBJECT: $value (not a number)"; continue ;;`,
          "  esac",
          `  # ${t.counter.gap}`,
          '  if [ -n "$last" ] && [ $(( (value - last) / STEP )) -gt 1 ]; then',
          '    echo "$SUBJECT: $value  (gap: missed $(( (value - last) / STEP - 1 )) after $last)"',
          "  else",
          '    echo "$SUBJECT: $value"',
          "  fi",
          "  last=$value",
          "done",
        ],
  });

  return bundle(base, { python, cli, node });
}
