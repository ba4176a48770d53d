import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { test } from "@playwright/test";
import { pythonWithNats } from "../../scripts/python-nats.mjs";

export type PythonClient = { lines: string[]; ready: Promise<void>; stop(): Promise<void> };

/** The Python with nats-py, or skips the test saying what is missing (never passes without running it). */
export function requirePython(): string {
  const py = pythonWithNats();
  if ("missing" in py) test.skip(true, py.missing);
  return "python" in py ? py.python : "";
}

// A lab-style nats-py service (asyncio, nats.connect, subscribe with a callback) that prints what it gets.
const SUBSCRIBER = `
import asyncio, sys
import nats

async def main():
    nc = await nats.connect(sys.argv[1], name=sys.argv[2])
    async def cb(msg):
        print(f"{msg.subject} {msg.data.decode()}", flush=True)
    for pattern in sys.argv[3:]:
        await nc.subscribe(pattern, cb=cb)
    await nc.flush()
    print("READY", flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
`;

export function startPythonSubscriber(python: string, natsUrl: string, name: string, patterns: string[]): PythonClient {
  const child: ChildProcess = spawn(python, ["-u", "-c", SUBSCRIBER, natsUrl, name, ...patterns], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let stderr = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      for (const line of d.toString().split("\n").filter(Boolean)) {
        lines.push(line);
        if (line === "READY") resolve();
      }
    });
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("exit", (code) => reject(new Error(`python client ${name} exited (${code}): ${stderr}`)));
  });
  return {
    lines,
    ready,
    stop: () =>
      new Promise<void>((resolve) => {
        // a process killed by a signal has no exit code, only a signal code
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
