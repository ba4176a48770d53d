import { describe, expect, it } from "vitest";
import type { Messages } from "../i18n/messages";
import type { CodeText } from "./code-text";
import { CODE_TEXTS, textFor } from "./code-text";
import type { Program } from "./codegen-types";
import { everyProgram, NASTY } from "./settings-fixtures";

// What holds for every generator: file names, the frame of each language, comments
// in the page's language, credentials read from the environment and never written.
const conn = { url: "nats://127.0.0.1:4222", name: "alice" };
const all = (c = conn, lang: "en" | "fr" = "en", text = "fr.grand_est.67.colmar"): Program[] =>
  everyProgram(c, lang, text).flatMap((p) => [p.python, p.cli, p.node]);
const commentLines = (p: Program) =>
  p.code.split("\n").filter((l) => /^\s*(#|\/\/) /.test(l)).map((l) => l.trim());

describe("every generator", () => {
  it("codegen - file names per language, and each file's frame", () => {
    for (const p of all()) {
      if (p.target === "python") {
        expect(p.filename).toMatch(/^[a-z_]+\.py$/);
        expect(p.code).toMatch(/^import asyncio$/m);
        expect(p.code).toMatch(/^import nats$/m);
        expect(p.code).toMatch(/^async def main\(\):$/m);
        expect(p.code).toContain('    nc = await nats.connect("nats://127.0.0.1:4222", name="alice")');
        expect(p.code).toMatch(/\nif __name__ == '__main__':\n(    try:\n    )?    asyncio\.run\(main\(\)\)\n/);
        expect(p.code).toContain("await nc.close()");
      } else if (p.target === "node") {
        expect(p.filename).toMatch(/^[a-z-]+\.mjs$/);
        expect(p.code).toMatch(/^import \{ [^}]*\bconnect\b[^}]* \} from "nats";$/m);
        expect(p.code).toContain('const nc = await connect({ servers: "nats://127.0.0.1:4222", name: "alice" });');
        expect(p.code).toMatch(/await nc\.(close|closed)\(\);\n$/);
      } else {
        expect(p.filename).toMatch(/^[a-z-]+\.sh$/);
        expect(p.code.startsWith("#!/bin/sh\n")).toBe(true);
        expect(p.code).toContain("SERVER=nats://127.0.0.1:4222");
        // (a subscriptions program without any pattern has no nats command)
        if (p.code.includes("nats --")) expect(p.code).toMatch(/nats --server "\$SERVER" --connection-name alice \w+ /);
      }
    }
  });

  it("codegen - credentials are read from the environment, with a comment, and never written", () => {
    const withCreds = all({ url: "nats://h:4222", name: "alice", credentials: true } as typeof conn);
    for (const p of withCreds) {
      if (p.target === "python") {
        for (const v of ['user=os.environ.get("NATS_USER")', 'password=os.environ.get("NATS_PASSWORD")', 'token=os.environ.get("NATS_TOKEN")']) expect(p.code).toContain(v);
        expect(p.code).toMatch(/^import os$/m);
      } else if (p.target === "node") {
        for (const v of ["user: process.env.NATS_USER", "pass: process.env.NATS_PASSWORD", "token: process.env.NATS_TOKEN"]) expect(p.code).toContain(v);
      } else if (p.code.includes("nats --")) {
        expect(p.code).toContain('--user "$NATS_USER" --password "$NATS_PASSWORD"');
      }
      expect(p.code).toContain(textFor("en").common[p.target === "cli" ? "credentialsCli" : "credentials"]);
    }
    for (const p of all()) expect(p.code).not.toMatch(/NATS_USER|NATS_PASSWORD|NATS_TOKEN|environ|process\.env/);
  });

  it("codegen - comments follow the page's language: no comment line of a French program is the English one", () => {
    const en = all(conn, "en");
    const fr = all(conn, "fr");
    fr.forEach((p, i) => {
      const english = new Set(commentLines(en[i]!));
      expect(commentLines(p).length).toBeGreaterThan(0);
      expect(commentLines(p).filter((l) => english.has(l))).toEqual([]);
    });
    expect(fr.some((p) => p.code.includes("boîte de réponse"))).toBe(true);
  });

  it("codegen - a tls:// URL says why in a comment", () => {
    for (const p of all({ url: "tls://h:4222", name: "a" })) expect(p.code).toContain(textFor("en").common.tls);
    for (const p of all()) expect(p.code).not.toContain("tls://");
  });

  it("codegen - user text never lands in a comment (a newline there would end the comment)", () => {
    for (const p of all(conn, "en", NASTY)) for (const line of commentLines(p)) expect(line).not.toContain("slash {{x}}");
  });

  it("codegen - the French dictionary has the English one's shape (tsc refuses a missing key)", () => {
    const { connect: _dropped, ...rest } = CODE_TEXTS.fr.common;
    // @ts-expect-error a French dictionary without `connect` does not type-check
    const incomplete: Messages<CodeText>["common"] = rest;
    expect(incomplete).not.toHaveProperty("connect");
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(CODE_TEXTS.fr)).toEqual(keys(CODE_TEXTS.en));
  });
});

describe("src/codegen's boundaries", () => {
  it("codegen - the generators import no feature, no NATS client and no React: pure functions of plain settings", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL(".", import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.includes(".test.") && f !== "run-program.ts" && f !== "settings-fixtures.ts");
    expect(sources.length).toBeGreaterThan(10);
    for (const f of sources) {
      const imports = [...readFileSync(new URL(f, dir), "utf8").matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
      for (const from of imports) expect(from, `${f} imports ${from}`).toMatch(/^\.\/|^\.\.\/i18n\//);
    }
  });
});
