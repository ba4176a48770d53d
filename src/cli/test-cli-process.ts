import { spawn } from "node:child_process";
import path from "node:path";

// For the tests: `npm run service` / `npm run class` as child processes, the
// way a person runs them (node --import tsx, real signals, real exit codes), waited on by
// what they print.

const root = path.resolve(import.meta.dirname, "../..");
// one node process with tsx's loader, as the npm scripts run it: the tsx command would relay
// signals to a second process and kill it (exit 130) if it is slow to acknowledge one
const TSX_IN_NODE = ["--import", "tsx"];

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type CliProcess = {
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** resolves once the output (stdout or stderr) matches; rejects, with the output, if the process ends first */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** a line on its stdin */
  type(line: string): void;
  exited: Promise<Exit>;
  /** Ctrl-C (SIGINT by default), then the exit */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
};

const running = new Set<() => void>();

/** Kills whatever a test left running (afterAll). */
export function killAll() {
  for (const kill of running) kill();
  running.clear();
}

export function runCli(script: "service" | "class", args: readonly string[]): CliProcess {
  const child = spawn(process.execPath, [...TSX_IN_NODE, path.join(root, "src", "cli", `${script}.ts`), ...args], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const watchers = new Set<() => void>();
  const changed = () => watchers.forEach((w) => w());
  child.stdout.on("data", (d: Buffer) => ((out += d.toString()), changed()));
  child.stderr.on("data", (d: Buffer) => ((err += d.toString()), changed()));
  const kill = () => child.kill("SIGKILL");
  running.add(kill);
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => {
      running.delete(kill);
      // the last output may still be in the pipes when "exit" fires: "close" has it all
      child.once("close", () => {
        changed();
        resolve({ code, signal });
      });
    }),
  );
  let ended = false;
  void exited.then(() => ((ended = true), changed()));
  const both = () => `${out}${err}`;
  const matches = (text: string | RegExp) => (typeof text === "string" ? both().includes(text) : text.test(both()));

  return {
    stdout: () => out,
    stderr: () => err,
    waitFor(text, timeoutMs = 15_000) {
      return new Promise<string>((resolve, reject) => {
        const check = () => {
          if (matches(text)) return done(() => resolve(both()));
          if (ended) done(() => reject(new Error(`${script} ${args.join(" ")} ended before printing ${String(text)}:\n${both()}`)));
        };
        // a safety net for a test that would otherwise hang: the wait itself is on the output
        const timer = setTimeout(() => done(() => reject(new Error(`no ${String(text)} within ${timeoutMs} ms:\n${both()}`))), timeoutMs);
        const done = (settle: () => void) => {
          clearTimeout(timer);
          watchers.delete(check);
          settle();
        };
        watchers.add(check);
        check();
      });
    },
    type(line) {
      child.stdin.write(`${line}\n`);
    },
    exited,
    stop(signal = "SIGINT") {
      if (!ended) child.kill(signal);
      return exited;
    },
  };
}
