import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cliTemplateText, jsStr, pyBytes, pyStr, shQuote } from "./quote";

// Each helper is checked by the language itself: the literal, read back by
// python3 / node / sh, must give exactly the text the user typed.
const SAMPLES = [
  "compteur",
  "fr.*.*.strasbourg",
  "fr.grand_est.>",
  `it's "quoted"`,
  "back\\slash\\",
  "line 1\nline 2\r\n\ttab",
  "\u0000\u0007\u001b[31m\u007f",
  "é île 😀 \u2028 \u2029",
  "$HOME `id` $(id) !x %s {{Count}}",
  "'",
  "",
];
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" });
const python3 = ["/usr/bin/python3", "python3"].find((p) => run(p, ["--version"]).status === 0);

describe("quoting", () => {
  it.for(SAMPLES)("quote - Python reads back %j", (s, ctx) => {
    if (!python3) ctx.skip("python3 is not installed");
    const str = run(python3!, ["-c", `import sys; sys.stdout.buffer.write(${pyStr(s)}.encode("utf-8"))`]);
    expect(str.stdout).toBe(s);
    const bytes = run(python3!, ["-c", `import sys; sys.stdout.buffer.write(${pyBytes(s)})`]);
    expect(bytes.stdout).toBe(s);
  });

  it.for(SAMPLES)("quote - Node reads back %j", (s) => {
    expect(run(process.execPath, ["-e", `process.stdout.write(${jsStr(s)})`]).stdout).toBe(s);
  });

  it.for(SAMPLES.filter((s) => !s.includes("\u0000")))("quote - sh reads back %j", (s) => {
    // (a shell word cannot hold a NUL byte: no program argument can)
    expect(run("sh", ["-c", `printf '%s' ${shQuote(s)}`]).stdout).toBe(s);
  });

  it("quote - the lab's forms: b\"…\" for ASCII, .encode() beyond, bare shell words when nothing is special", () => {
    expect(pyBytes("message")).toBe('b"message"');
    expect(pyBytes("café")).toBe('"café".encode()');
    expect(pyStr('a"b\\c\nd\u0001')).toBe('"a\\"b\\\\c\\nd\\x01"');
    expect(shQuote("compteur")).toBe("compteur");
    expect(shQuote("fr.grand_est.67.colmar")).toBe("fr.grand_est.67.colmar");
    expect(shQuote("fr.*.>")).toBe("'fr.*.>'");
    expect(shQuote("it's")).toBe(`'it'\\''s'`);
    expect(shQuote("")).toBe("''");
  });

  it("quote - a lone surrogate (not valid text) stays an escape in Python and JS, and becomes U+FFFD in sh", () => {
    expect(pyStr("a\ud800b")).toBe('"a\\ud800b"');
    expect(jsStr("a\ud800b")).toBe('"a\\ud800b"');
    expect(shQuote("a\ud800b")).toBe("'a\ufffdb'");
    expect(pyStr("😀")).toBe('"😀"');
  });

  it("quote - the nats CLI's templates: a literal {{ becomes {{\"{{\"}}, the rest is left alone", () => {
    expect(cliTemplateText("a {{b}} c }} {")).toBe('a {{"{{"}}b}} c }} {');
    expect(cliTemplateText('{"a": {"b": 1}}')).toBe('{"a": {"b": 1}}');
  });
});
