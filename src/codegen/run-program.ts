// Test support: runs a generated program for real (Python with nats-py, Node with
// the `nats` package, sh) and lets a test wait on what it prints. Never used by the app.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Program } from "./codegen-types";

// Inside the repository, so that `import … from "nats"` resolves to its node_modules.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TMP = join(ROOT, ".tmp", "codegen");

export type Running = {
  /** every line printed so far (stdout and stderr) */
  lines: string[];
  /** the first line (seen or to come) matching; rejects with the output if the program ends first */
  waitFor(match: string | RegExp): Promise<string>;
  write(text: string): void;
  endInput(): void;
  /** exit code (or signal name) once the program ends */
  exited: Promise<number | string>;
  /** SIGINT (Ctrl-C), then SIGKILL if it has not ended within 5 s */
  stop(): Promise<number | string>;
};

export type RunOptions = { python?: string; env?: Record<string, string> };

export function runProgram(program: Program, options: RunOptions = {}): Running {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, "run-"));
  const file = join(dir, program.filename);
  writeFileSync(file, program.code);
  const [cmd, args] =
    program.target === "python" ? [options.python ?? "python3", ["-u", file]] : program.target === "node" ? [process.execPath, [file]] : ["sh", [file]];
  const child = spawn(cmd, args, { cwd: dir, env: { ...process.env, ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
  const lines: string[] = [];
  const waiters = new Set<{ test: (l: string) => boolean; resolve: (l: string) => void; reject: (e: Error) => void }>();
  let ended = false;
  const output = () => `${program.filename} printed:\n${lines.join("\n")}`;

  const partial = { stdout: "", stderr: "" };
  const take = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
    const parts = (partial[stream] + chunk.toString()).split("\n");
    partial[stream] = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters) {
        if (!w.test(line)) continue;
        waiters.delete(w);
        w.resolve(line);
      }
    }
  };
  child.stdout.on("data", take("stdout"));
  child.stderr.on("data", take("stderr"));

  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signal) => {
      // the rest of the output may still be in the pipes: wait for them to close
      child.once("close", () => {
        for (const s of ["stdout", "stderr"] as const) if (partial[s]) take(s)(Buffer.from("\n"));
        ended = true;
        for (const w of waiters) w.reject(new Error(`the program ended (${code ?? signal}) before printing the expected line. ${output()}`));
        waiters.clear();
        rmSync(dir, { recursive: true, force: true });
        resolve(code ?? signal ?? "?");
      });
    });
  });

  return {
    lines,
    exited,
    waitFor(match) {
      const test = (l: string) => (typeof match === "string" ? l.includes(match) : match.test(l));
      const seen = lines.find(test);
      if (seen !== undefined) return Promise.resolve(seen);
      if (ended) return Promise.reject(new Error(`the program has ended without printing ${match}. ${output()}`));
      return new Promise((resolve, reject) => waiters.add({ test, resolve, reject }));
    },
    write: (text) => void child.stdin.write(text),
    endInput: () => void child.stdin.end(),
    async stop() {
      if (!ended && child.exitCode === null && child.signalCode === null) {
        child.kill("SIGINT");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
}

export type RealTarget = "python" | "node";
type SkipContext = { skip: (note: string) => never };

/**
 * Starts generated programs of one language, and stops them all at the end.
 * For Python, the project's virtualenv with nats-py (scripts/python-nats.mjs): when it
 * is missing the test is skipped with the reason, never passed without running.
 */
export function programRunner(target: RealTarget, pythonWithNats: () => { python: string } | { missing: string }) {
  const python = target === "python" ? pythonWithNats() : undefined;
  const running: Running[] = [];
  return {
    start(ctx: SkipContext, programs: Record<RealTarget, Program>, env?: Record<string, string>): Running {
      if (python && "missing" in python) {
        console.warn(`[codegen] Python programs not run: ${python.missing}`);
        ctx.skip(python.missing);
      }
      const r = runProgram(programs[target], { python: python && "python" in python ? python.python : undefined, env });
      running.push(r);
      return r;
    },
    async stopAll() {
      await Promise.allSettled(running.splice(0).map((r) => r.stop()));
    },
  };
}
