import { describe, expect, it, vi } from "vitest";
import { programRunner, runProgram } from "./run-program";
import type { Program } from "./codegen-types";

const node = (code: string): Program => ({ target: "node", filename: "t.mjs", code });

describe("runProgram (test support)", () => {
  it("run - without nats-py, a Python case is skipped with the reason, never run nor passed", () => {
    const skip = vi.fn((note: string): never => {
      throw new Error(`skipped: ${note}`);
    });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const runner = programRunner("python", () => ({ missing: "no Python with nats-py: run node scripts/python-nats.mjs" }));
    const programs = { python: { target: "python", filename: "x.py", code: "" }, node: node("") } as const;
    expect(() => runner.start({ skip }, programs)).toThrow("skipped: no Python with nats-py");
    expect(skip).toHaveBeenCalledWith("no Python with nats-py: run node scripts/python-nats.mjs");
    expect(warn.mock.calls[0]?.[0]).toContain("no Python with nats-py");
    warn.mockRestore();
  });

  it("run - waits on printed lines, and says what was printed when the program ends first", async () => {
    const p = runProgram(node('console.log("one"); console.error("two"); process.stdout.write("three")'));
    await expect(p.waitFor("two")).resolves.toBe("two");
    await expect(p.waitFor(/^thr/)).resolves.toBe("three");
    await expect(p.waitFor("four")).rejects.toThrow(/one\ntwo\nthree|two\none\nthree/);
    expect(await p.exited).toBe(0);
  });

  it("run - stop() is Ctrl-C: a program that handles SIGINT ends on its own terms", async () => {
    const p = runProgram(node('process.on("SIGINT", () => { console.log("bye"); process.exit(3); }); console.log("up"); setInterval(() => {}, 1000);'));
    await p.waitFor("up");
    expect(await p.stop()).toBe(3);
    expect(p.lines).toContain("bye");
  });
});
