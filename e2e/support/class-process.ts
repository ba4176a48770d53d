import { spawn } from "node:child_process";
import { expect } from "@playwright/test";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
// as `npm run service` / `npm run class` run them: one node process with tsx's loader. (The tsx
// command runs the script in a second process and relays signals to it; when that child takes
// more than 30 ms to acknowledge a Ctrl-C on a busy machine, tsx kills it and exits 130.)
const TSX_IN_NODE = ["--import", "tsx"];

/** `npm run class` as a teacher starts it: a child process, ready once every student is in. */
export function startClass(servers: string | string[], students: number, seed = 5) {
  const list = Array.isArray(servers) ? servers.join(",") : servers;
  const child = spawn(process.execPath, [...TSX_IN_NODE, "src/cli/class.ts", "--students", String(students), "--duration", "600", "--seed", String(seed), "--servers", list], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      if (output.includes(`all ${students} students are in`)) resolve();
    });
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    void exited.then((code) => reject(new Error(`the class ended (${code}) before every student was in:\n${output}`)));
  });
  return {
    ready,
    output: () => output,
    /** Ctrl-C: the class stops cleanly and prints its summary */
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGINT");
      const code = await exited;
      return { code, output };
    },
    kill: () => child.kill("SIGKILL"),
  };
}

/** `npm run service -- <kind> …` as a person runs it: a child process, waited on by what it prints. */
export function startService(args: readonly string[]) {
  const child = spawn(process.execPath, [...TSX_IN_NODE, "src/cli/service.ts", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  return {
    /** waits until it has printed `text` (the test's timeout bounds the wait) */
    waitFor: (text: string) => expect.poll(() => output, { timeout: 20_000 }).toContain(text),
    /** Ctrl-C: the service drains and exits */
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGINT");
      return { code: await exited, output };
    },
    kill: () => child.kill("SIGKILL"),
  };
}
