// Lab V.2's publishing service: the Subjects panel's message (subject, payload,
// headers), sent once, COUNT times, or every N ms until Ctrl-C.
import { textFor } from "./code-text";
import type { Conn, Lang, Programs, Target } from "./codegen-types";
import { bundle, filenameFor } from "./codegen-types";
import { cliTemplateText, jsStr, pyBytes, pyStr, shQuote } from "./quote";
import type { Frame } from "./skeletons";
import { natsCli, nodeProgram, pythonProgram, pyUntilStopped, shellProgram } from "./skeletons";

export type PublisherCode = {
  subject: string;
  /** `{n}`, `{time}` and `{subject}` are filled in at each send, as the panel does */
  payload: string;
  /** in order; a name may repeat */
  headers?: [name: string, value: string][];
  /** how many messages; without it: one, or forever when everyMs is set */
  count?: number;
  everyMs?: number;
};

const PLACEHOLDERS = ["{n}", "{time}", "{subject}"] as const;
const FOREVER_CLI_COUNT = 1_000_000_000;

export function publisherPrograms(s: PublisherCode, conn: Conn, lang: Lang): Programs {
  const t = textFor(lang);
  const base = "publisher";
  const count = s.count ?? (s.everyMs === undefined ? 1 : undefined);
  const forever = count === undefined;
  const every = s.everyMs ?? 0;
  const used = PLACEHOLDERS.filter((p) => s.payload.includes(p));
  const headers = s.headers ?? [];
  const names = [...new Set(headers.map(([n]) => n))];
  const intro = forever ? t.publisher.introForever(every / 1000) : t.publisher.intro(count);
  const frame = (target: Target): Frame => ({ conn, t, filename: filenameFor(target, base), intro: [intro], forever });

  // ---- Python ----
  const pyFill = used.map((p) =>
    p === "{n}" ? '.replace("{n}", str(n))' : p === "{time}" ? '.replace("{time}", datetime.now().strftime("%H:%M:%S.%f")[:-3])' : '.replace("{subject}", SUBJECT)',
  );
  const pyHeaders = headers.length ? ", headers=HEADERS" : "";
  const pySend = used.length
    ? ["text = payload(n)", `await nc.publish(SUBJECT, text.encode()${pyHeaders})`, 'print(f"{SUBJECT} <- {text}")']
    : [`await nc.publish(SUBJECT, PAYLOAD${pyHeaders})`, 'print(f"{SUBJECT} <- {PAYLOAD.decode()}")'];
  const python = pythonProgram(frame("python"), {
    imports: used.includes("{time}") ? ["from datetime import datetime"] : [],
    top: [
      `SUBJECT = ${pyStr(s.subject)}`,
      used.length ? [`# ${t.publisher.placeholders}`, `PAYLOAD = ${pyStr(s.payload)}`] : `PAYLOAD = ${pyBytes(s.payload)}  # ${t.publisher.bytes}`,
      headers.length > 0 && [
        `# ${t.publisher.headers}`,
        names.length < headers.length && `# ${t.publisher.pyRepeated}`,
        `HEADERS = {${names.map((n) => `${pyStr(n)}: ${pyStr(headers.filter(([h]) => h === n).map(([, v]) => v).join(", "))}`).join(", ")}}`,
      ],
      !forever && count > 1 && `COUNT = ${count}`,
      (forever || (count > 1 && every > 0)) && `EVERY = ${every / 1000}  # s`,
      used.length > 0 && ["", "def payload(n):", `    return PAYLOAD${pyFill.join("")}`],
    ],
    main: forever
      ? ["n = 1", pyUntilStopped(t, ["while True:", pySend.map((l) => `    ${l}`), "    n += 1", "    await asyncio.sleep(EVERY)"])]
      : [
          count > 1 ? ["for n in range(1, COUNT + 1):", every > 0 && ["    if n > 1:", "        await asyncio.sleep(EVERY)"], pySend.map((l) => `    ${l}`)] : [used.length > 0 && "n = 1", pySend],
          `await nc.flush()  # ${t.publisher.flush}`,
        ],
  });

  // ---- Node ----
  const jsFill = used.map((p) => (p === "{n}" ? '.replaceAll("{n}", String(n))' : p === "{time}" ? '.replaceAll("{time}", clock())' : '.replaceAll("{subject}", SUBJECT)'));
  const jsOpts = headers.length ? ", { headers: HEADERS }" : "";
  const jsSend = [`const text = ${used.length ? "payload(n)" : "PAYLOAD"};`, `nc.publish(SUBJECT, text${jsOpts});`, "console.log(`${SUBJECT} <- ${text}`);"];
  const node = nodeProgram(frame("node"), {
    imports: headers.length ? ["headers"] : [],
    top: [
      `const SUBJECT = ${jsStr(s.subject)};`,
      used.length > 0 && `// ${t.publisher.placeholders}`,
      `const PAYLOAD = ${jsStr(s.payload)};`,
      headers.length > 0 && [`// ${t.publisher.headers}`, "const HEADERS = headers();", headers.map(([n, v]) => `HEADERS.append(${jsStr(n)}, ${jsStr(v)});`)],
      !forever && count > 1 && `const COUNT = ${count};`,
      (forever || (count > 1 && every > 0)) && `const EVERY_MS = ${every};`,
      used.includes("{time}") && [
        "",
        "const clock = () => {",
        "  const d = new Date();",
        '  return `${d.toTimeString().slice(0, 8)}.${String(d.getMilliseconds()).padStart(3, "0")}`;',
        "};",
      ],
      used.length > 0 && `const payload = (n) => PAYLOAD${jsFill.join("")};`,
    ],
    main: forever
      ? ["let n = 0;", "const send = () => {", "  n++;", jsSend.map((l) => `  ${l}`), "};", "send();", "const timer = setInterval(send, EVERY_MS);", 'process.on("SIGINT", () => clearInterval(timer));']
      : [
          count > 1
            ? ["for (let n = 1; n <= COUNT; n++) {", every > 0 && "  if (n > 1) await new Promise((r) => setTimeout(r, EVERY_MS));", jsSend.map((l) => `  ${l}`), "}"]
            : [used.length > 0 && "const n = 1;", jsSend],
          `await nc.flush(); // ${t.publisher.flush}`,
        ],
  });

  // ---- nats CLI: its own --count, --sleep and {{Count}} / {{TimeStamp}} templates ----
  const cliBody = s.payload
    .split(/(\{n\}|\{time\}|\{subject\})/)
    .map((part) => (part === "{n}" ? "{{Count}}" : part === "{time}" ? "{{TimeStamp}}" : cliTemplateText(part === "{subject}" ? s.subject : part)))
    .join("");
  const repeat = forever || count > 1 ? ["--count", String(forever ? FOREVER_CLI_COUNT : count), every > 0 && `--sleep ${every}ms`] : [];
  const cli = shellProgram(frame("cli"), {
    top: [
      `SUBJECT=${shQuote(s.subject)}`,
      used.length > 0 && `# ${t.publisher.cliPlaceholders}`,
      s.payload.includes("{{") && `# ${t.common.cliBraces}`,
      `PAYLOAD=${shQuote(cliBody)}`,
      headers.length > 0 && [`# ${t.publisher.headers}`, `# ${t.publisher.cliHeaders}`, `set -- ${headers.map(([n, v]) => `-H ${shQuote(`${n}:${cliTemplateText(v)}`)}`).join(" ")}`],
    ],
    main: [
      forever && `# ${t.publisher.cliForever}`,
      natsCli(conn, "pub", '"$SUBJECT"', '"$PAYLOAD"', ...(repeat.filter(Boolean) as string[]), ...(headers.length ? ['"$@"'] : [])),
    ],
  });

  return bundle(base, { python, cli, node });
}
