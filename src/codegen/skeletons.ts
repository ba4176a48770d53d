// The frame every generated program shares, per language: the header comment,
// imports, the connection (credentials from the environment, never in the code)
// and a clean close. Each panel's generator fills in the middle.
import type { CodeText } from "./code-text";
import type { Conn, Line } from "./codegen-types";
import { file, indent } from "./codegen-types";
import { jsStr, pyStr, shQuote } from "./quote";

export type Frame = {
  conn: Conn;
  t: CodeText;
  filename: string;
  /** what the program does, one comment line per entry */
  intro: string[];
  /** runs until Ctrl-C (then closes the connection cleanly) */
  forever?: boolean;
};

const isTls = (url: string) => url.startsWith("tls://");

// ---- Python (nats-py, the lab's style) ----

/** imports: module names (`json`) or whole lines (`from datetime import datetime`) */
export type PythonParts = { imports?: string[]; top?: Line; main: Line };

function pyConnect({ conn, t }: Frame): Line {
  const args = [pyStr(conn.url), conn.name !== undefined && `name=${pyStr(conn.name)}`].filter(Boolean) as string[];
  const creds = ['user=os.environ.get("NATS_USER")', 'password=os.environ.get("NATS_PASSWORD")', 'token=os.environ.get("NATS_TOKEN")'];
  return [
    `# ${t.common.connect}`,
    isTls(conn.url) && `# ${t.common.tls}`,
    conn.credentials && `# ${t.common.credentials}`,
    conn.credentials
      ? ["nc = await nats.connect(", ...[...args, ...creds].map((a) => `    ${a},`), ")"]
      : `nc = await nats.connect(${args.join(", ")})`,
  ];
}

/** Waits for Ctrl-C (or runs `loop`), then closes: asyncio.run turns Ctrl-C into a cancellation of main(). */
export function pyUntilStopped(t: CodeText, loop?: Line): Line {
  return ["try:", indent(loop ?? [`# ${t.common.waitForever}`, "await asyncio.Event().wait()"]), "finally:", `    # ${t.common.closeOnCtrlC}`, "    await nc.close()"];
}

export function pythonProgram(frame: Frame, parts: PythonParts): string {
  const { t, filename, forever } = frame;
  const imports = new Set(["asyncio", ...(parts.imports ?? []), ...(frame.conn.credentials ? ["os"] : [])]);
  return file(
    frame.intro.map((l) => `# ${l}`),
    `# ${t.common.runPython(filename)}`,
    [...imports].filter((m) => !m.includes(" ")).sort().map((m) => `import ${m}`),
    "import nats",
    [...imports].filter((m) => m.includes(" ")).sort(),
    "",
    parts.top,
    "",
    "async def main():",
    indent([pyConnect(frame), "", parts.main, !forever && ["", `# ${t.common.close}`, "await nc.close()"]]),
    "",
    "if __name__ == '__main__':",
    forever ? ["    try:", "        asyncio.run(main())", "    except KeyboardInterrupt:", `        pass  # ${t.common.stopped}`] : "    asyncio.run(main())",
  );
}

// ---- Node (the `nats` npm package, ESM) ----

/** imports: names from "nats"; nodeImports: whole import lines of Node's own modules */
export type NodeParts = { imports?: string[]; nodeImports?: string[]; top?: Line; main: Line };

function nodeConnect({ conn, t }: Frame): Line {
  const opts = [`servers: ${jsStr(conn.url)}`, conn.name !== undefined && `name: ${jsStr(conn.name)}`];
  const creds = ["user: process.env.NATS_USER", "pass: process.env.NATS_PASSWORD", "token: process.env.NATS_TOKEN"];
  const all = [...opts, ...(conn.credentials ? creds : [])].filter(Boolean) as string[];
  return [
    `// ${t.common.connect}`,
    isTls(conn.url) && `// ${t.common.tls}`,
    conn.credentials && `// ${t.common.credentials}`,
    conn.credentials ? ["const nc = await connect({", ...all.map((o) => `  ${o},`), "});"] : `const nc = await connect({ ${all.join(", ")} });`,
  ];
}

export function nodeProgram(frame: Frame, parts: NodeParts): string {
  const { t, filename, forever } = frame;
  const names = [...new Set(["connect", ...(parts.imports ?? [])])].sort();
  return file(
    frame.intro.map((l) => `// ${l}`),
    `// ${t.common.runNode(filename)}`,
    parts.nodeImports,
    `import { ${names.join(", ")} } from "nats";`,
    "",
    parts.top,
    "",
    nodeConnect(frame),
    "",
    parts.main,
    "",
    forever
      ? [`// ${t.common.closeOnCtrlC}`, 'process.on("SIGINT", () => nc.drain());', "await nc.closed();"]
      : [`// ${t.common.close}`, "await nc.close();"],
  );
}

// ---- the nats CLI (POSIX sh) ----

/** `nats <verb> …` with the server, the name and the credentials flags. */
export function natsCli(conn: Conn, verb: string, ...args: string[]): string {
  return [
    'nats --server "$SERVER"',
    conn.name !== undefined && `--connection-name ${shQuote(conn.name)}`,
    conn.credentials && '--user "$NATS_USER" --password "$NATS_PASSWORD"',
    verb,
    ...args,
  ]
    .filter(Boolean)
    .join(" ");
}

export type ShellParts = { needs?: string; top?: Line; main: Line };

export function shellProgram(frame: Frame, parts: ShellParts): string {
  const { t, filename, conn } = frame;
  return file(
    "#!/bin/sh",
    frame.intro.map((l) => `# ${l}`),
    `# ${t.common.runCli(filename)}`,
    parts.needs && `# ${parts.needs}`,
    "",
    `# ${t.common.connect}`,
    isTls(conn.url) && `# ${t.common.tls}`,
    `SERVER=${shQuote(conn.url)}`,
    conn.credentials && `# ${t.common.credentialsCli}`,
    parts.top,
    "",
    parts.main,
  );
}
