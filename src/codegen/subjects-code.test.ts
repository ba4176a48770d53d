import { describe, expect, it } from "vitest";
import { textFor } from "./code-text";
import { patternNote, publisherPrograms, subscriptionsPrograms } from "./subjects-code";

const conn = { url: "nats://127.0.0.1:4222" };
const lines = (code: string) => code.split("\n");
const LAB = ["fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg"];

describe("subscriptionsPrograms", () => {
  it("subjects - one subscription and one callback per pattern, each pattern with what its wildcards do", () => {
    const p = subscriptionsPrograms({ patterns: LAB }, conn, "en");
    expect(lines(p.python.code)).toEqual(
      expect.arrayContaining([
        '    "fr.grand_est.67.colmar",  # no wildcard: this exact subject only',
        '    "fr.grand_est.>",  # > matches one or more tokens at the end',
        '    "fr.*.*.strasbourg",  # * matches exactly one token',
        "        await nc.subscribe(pattern, cb=printer(pattern))",
      ]),
    );
    expect(p.python.code).toContain('print(f"[{pattern}] {msg.subject}: {msg.data.decode(errors=\'replace\')}")');
    expect(lines(p.node.code)).toContain('  "fr.*.*.strasbourg",  // * matches exactly one token');
    expect(p.node.code).toContain("console.log(`[${pattern}] ${msg.subject}: ${msg.string()}`)");
    expect(lines(p.cli.code)).toContain(`nats --server "$SERVER" sub 'fr.grand_est.>' 2>&1 | label 'fr.grand_est.>' &`);
    expect(p.cli.filename).toBe("subscriptions.sh");
  });

  it("subjects - what a pattern's wildcards do, in both languages", () => {
    const fr = textFor("fr");
    expect(patternNote("time.*.east", fr)).toBe("* remplace exactement un mot");
    expect(patternNote("time.us.>", fr)).toBe("> remplace un ou plusieurs mots à la fin");
    expect(patternNote("a.*.>", textFor("en"))).toBe("* matches exactly one token; > matches one or more tokens at the end");
    expect(patternNote("foo*.>bar", textFor("en"))).toBe("no wildcard: this exact subject only");
  });
});

describe("publisherPrograms", () => {
  it("publisher - one message, the lab's b\"…\" form", () => {
    const p = publisherPrograms({ subject: "fr.grand_est.67.colmar", payload: "hello" }, conn, "en");
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(['PAYLOAD = b"hello"  # a payload is bytes: b"…" (or .encode() for text beyond ASCII)', "    await nc.publish(SUBJECT, PAYLOAD)", "    await nc.flush()  # wait until the server has the messages before closing"]));
    expect(p.node.code).toContain("nc.publish(SUBJECT, text);");
    expect(lines(p.cli.code)).toContain('nats --server "$SERVER" pub "$SUBJECT" "$PAYLOAD"');
  });

  it("publisher - headers: nats-py's dict (a repeated name joined), Node's headers(), the CLI's -H", () => {
    const headers: [string, string][] = [["X-Tag", "a"], ["X-Tag", "b"], ["X-Other", "c"]];
    const p = publisherPrograms({ subject: "s", payload: "p", headers }, conn, "en");
    expect(lines(p.python.code)).toContain('HEADERS = {"X-Tag": "a, b", "X-Other": "c"}');
    expect(p.python.code).toContain("repeated names are joined");
    expect(p.python.code).toContain("await nc.publish(SUBJECT, PAYLOAD, headers=HEADERS)");
    expect(p.node.code).toMatch(/^import \{ connect, headers \} from "nats";$/m);
    expect(lines(p.node.code)).toEqual(expect.arrayContaining(['HEADERS.append("X-Tag", "a");', 'HEADERS.append("X-Tag", "b");', "nc.publish(SUBJECT, text, { headers: HEADERS });"]));
    expect(lines(p.cli.code)).toEqual(expect.arrayContaining(["set -- -H X-Tag:a -H X-Tag:b -H X-Other:c", 'nats --server "$SERVER" pub "$SUBJECT" "$PAYLOAD" "$@"']));
  });

  it("publisher - COUNT messages every N ms, the panel's {n} {time} {subject} filled in at each send", () => {
    const p = publisherPrograms({ subject: "fr.x", payload: "#{n} at {time} on {subject}", count: 5, everyMs: 250 }, conn, "fr");
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(["COUNT = 5", "EVERY = 0.25  # s", "from datetime import datetime", "    for n in range(1, COUNT + 1):"]));
    expect(p.python.code).toContain('.replace("{n}", str(n))');
    expect(p.python.code).toContain("remplis à chaque envoi");
    expect(p.node.code).toContain('.replaceAll("{time}", clock())');
    expect(lines(p.node.code)).toContain("for (let n = 1; n <= COUNT; n++) {");
    expect(lines(p.cli.code)).toEqual(expect.arrayContaining(["PAYLOAD='#{{Count}} at {{TimeStamp}} on fr.x'", 'nats --server "$SERVER" pub "$SUBJECT" "$PAYLOAD" --count 5 --sleep 250ms']));
  });

  it("publisher - every N ms without a count: until Ctrl-C, closing cleanly", () => {
    const p = publisherPrograms({ subject: "fr.x", payload: "x", everyMs: 1000 }, conn, "en");
    expect(p.python.code).toContain("        while True:");
    expect(p.python.code).toContain("except KeyboardInterrupt:");
    expect(p.node.code).toContain("const timer = setInterval(send, EVERY_MS);");
    expect(p.cli.code).toContain("--count 1000000000 --sleep 1000ms");
  });

  it("publisher - a payload with newlines, quotes and {{ stays exactly that text", () => {
    const payload = "l1\nit's \"q\" \\ {{x}}";
    const p = publisherPrograms({ subject: "s", payload }, conn, "en");
    expect(p.python.code).toContain('PAYLOAD = b"l1\\nit\'s \\"q\\" \\\\ {{x}}"');
    expect(p.node.code).toContain(`const PAYLOAD = ${JSON.stringify(payload)};`);
    expect(p.cli.code).toContain(`PAYLOAD='l1\nit'\\''s "q" \\ {{"{{"}}x}}'`);
  });
});
