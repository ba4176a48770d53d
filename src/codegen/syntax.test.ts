import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { everyProgram, NASTY } from "./settings-fixtures";

// Every generated program parses in its language, whatever the user typed:
// python3 -m py_compile, node --check, sh -n. (Running them is *.server.test.ts's job.)
const python3 = ["/usr/bin/python3", "python3"].find((p) => spawnSync(p, ["--version"]).status === 0);

describe("generated programs parse", () => {
  const cases = [
    { label: "plain, English", conn: { url: "nats://127.0.0.1:4222" }, lang: "en" as const, text: "fr.grand_est.67.colmar" },
    { label: "hostile text, French, credentials, TLS", conn: { url: "tls://h:4222", name: NASTY, credentials: true }, lang: "fr" as const, text: NASTY },
  ];
  it.for(cases)("syntax - every program with $label", ({ conn, lang, text }, ctx) => {
    const dir = mkdtempSync(join(tmpdir(), "codegen-syntax-"));
    try {
      const files = { python: [] as string[], node: [] as string[], cli: [] as string[] };
      everyProgram(conn, lang, text).forEach((programs, i) => {
        for (const p of Object.values(programs)) {
          const file = join(dir, `${i}-${p.filename}`);
          writeFileSync(file, p.code);
          files[p.target].push(file);
        }
      });
      const ok = (cmd: string, args: string[]) => {
        const r = spawnSync(cmd, args, { encoding: "utf8" });
        expect(r.status, `${args.at(-1)} does not parse:\n${r.stderr}`).toBe(0);
      };
      for (const f of files.node) ok(process.execPath, ["--check", f]);
      for (const f of files.cli) ok("sh", ["-n", f]);
      if (!python3) ctx.skip("python3 is not installed: the Python programs were not compiled");
      ok(python3!, ["-m", "py_compile", ...files.python]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
