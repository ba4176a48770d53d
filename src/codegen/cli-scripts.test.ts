import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chatPrograms } from "./chat-code";
import type { Program } from "./codegen-types";
import { counterPrograms } from "./counter-code";
import { requesterPrograms } from "./hotline-code";
import { cliTemplateText } from "./quote";
import { NASTY } from "./settings-fixtures";
import { publisherPrograms } from "./subjects-code";

// The nats CLI is not installed here: the shell scripts run for real against a stand-in
// `nats` that records its arguments (and prints what the test asks). This checks the
// shell's side: quoting, loops, parsing what the CLI prints.
describe("CLI scripts with a stand-in nats", () => {
  let dir: string;
  const log = () => join(dir, "calls.jsonl");
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "codegen-cli-"));
    const stub = join(dir, "nats");
    writeFileSync(
      stub,
      `#!${process.execPath}\nconst fs = require("node:fs");\n` +
        `fs.appendFileSync(process.env.STUB_LOG, JSON.stringify(process.argv.slice(2)) + "\\n");\n` +
        `process.stdout.write(process.env.STUB_STDOUT ?? ""); process.stderr.write(process.env.STUB_STDERR ?? "");\n`,
    );
    chmodSync(stub, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (p: Program, opts: { stdin?: string; stdout?: string; stderr?: string } = {}) => {
    const file = join(dir, p.filename);
    writeFileSync(file, p.code);
    rmSync(log(), { force: true });
    const env = { ...process.env, PATH: `${dir}:${process.env.PATH}`, STUB_LOG: log(), STUB_STDOUT: opts.stdout ?? "", STUB_STDERR: opts.stderr ?? "" };
    const r = spawnSync("sh", [file], { encoding: "utf8", env, input: opts.stdin ?? "", timeout: 15_000 });
    const calls = r.error ? [] : readFileSync(log(), "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as string[]);
    return { out: r.stdout, status: r.status, calls };
  };
  const conn = { url: "nats://127.0.0.1:4222", name: NASTY };

  it("cli - the publisher hands the CLI the subject, payload and headers exactly", () => {
    const headers: [string, string][] = [["X-Tag", NASTY], ["X-Tag", "b"]];
    const { calls, status } = run(publisherPrograms({ subject: NASTY, payload: `${NASTY} #{n}`, headers, count: 3, everyMs: 250 }, conn, "en").cli);
    expect(status).toBe(0);
    expect(calls).toEqual([
      ["--server", "nats://127.0.0.1:4222", "--connection-name", NASTY, "pub", NASTY, `${cliTemplateText(NASTY)} #{{Count}}`, "--count", "3", "--sleep", "250ms",
        "-H", `X-Tag:${cliTemplateText(NASTY)}`, "-H", "X-Tag:b"],
    ]);
  });

  it("cli - the counter subscriber prints values and flags a gap from what nats sub prints", () => {
    const { out, calls } = run(counterPrograms({ subject: "compteur", intervalMs: 1000, step: 2, start: 0, role: "subscriber" }, { url: "nats://h:4222" }, "en").cli, { stdout: "10\n12\n16\nabc\n" });
    expect(calls).toEqual([["--server", "nats://h:4222", "sub", "compteur", "--raw"]]);
    expect(out.split("\n")).toEqual(["compteur: 10", "compteur: 12", "compteur: 16  (gap: missed 1 after 12)", "compteur: abc (not a number)", ""]);
  });

  it("cli - the requester tells a reply, no responders and a timeout apart", () => {
    const p = requesterPrograms({ subject: "hotline", json: '{"code": "ping"}', timeoutMs: 1000, mode: "request" }, { url: "nats://h:4222" }, "en").cli;
    expect(run(p, { stdout: '{"ok":true}' }).out).toBe('reply: {"ok":true}\n');
    expect(run(p, { stderr: "12:00:00 No responders are available\n" }).out).toBe("no responders: nobody subscribes to hotline\n");
    const timeout = run(p);
    expect(timeout.out).toBe("timeout: no reply within 1000 ms\n");
    expect(timeout.calls).toEqual([["--server", "nats://h:4222", "request", "hotline", '{"code": "ping"}', "--timeout", "1000ms", "--raw"]]);
  });

  it("cli - the chat posts each typed line as an envelope with Nats-Msg-Id, /to elsewhere", (ctx) => {
    if (spawnSync("jq", ["--version"]).status !== 0) ctx.skip("jq is not installed: the CLI chat was not run");
    const p = chatPrograms({ name: "it's me", rooms: ["chat.*"], postTo: "chat.general" }, { url: "nats://h:4222" }, "en").cli;
    const { calls } = run(p, { stdin: "hello {{x}} 'q'\n\n/to chat.other hi there\n" });
    const pubs = calls.filter((c) => c[2] === "pub");
    expect(calls.filter((c) => c[2] === "sub")).toEqual([["--server", "nats://h:4222", "sub", "chat.*", "--raw"]]);
    expect(pubs.map((c) => c[3])).toEqual(["chat.general", "chat.other"]);
    pubs.forEach((c, i) => {
      const env = JSON.parse(c[4]!.replaceAll('{{"{{"}}', "{{")) as { id: string; from: string; text: string; sentAt: number };
      expect(env).toMatchObject({ from: "it's me", text: ["hello {{x}} 'q'", "hi there"][i] });
      expect(env.id).toMatch(/^[0-9a-f]{24}$/);
      expect(c.slice(5)).toEqual(["-H", `Nats-Msg-Id:${env.id}`]);
    });
  });
});
