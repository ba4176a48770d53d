import { describe, expect, it } from "vitest";
import { counterPrograms } from "./counter-code";
import type { CounterCode } from "./counter-code";

const conn = { url: "nats://127.0.0.1:4222", name: "alice" };
const settings = (s: Partial<CounterCode> = {}): CounterCode => ({ subject: "compteur", intervalMs: 10000, step: 2, start: 0, role: "publisher", ...s });
const lines = (code: string) => code.split("\n");

describe("counterPrograms", () => {
  it("counter - the publisher: the panel's subject, start, step and interval; the value as decimal text", () => {
    const p = counterPrograms(settings({ start: 10, intervalMs: 500 }), conn, "en");
    expect([p.python.filename, p.cli.filename, p.node.filename]).toEqual(["counter_publisher.py", "counter-publisher.sh", "counter-publisher.mjs"]);
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(['SUBJECT = "compteur"', "START = 10", "STEP = 2", "INTERVAL = 0.5  # s"]));
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(["            await nc.publish(SUBJECT, str(value).encode())", "            await asyncio.sleep(INTERVAL)", "        await nc.close()"]));
    expect(p.python.code).toContain('(b"4")');
    expect(lines(p.node.code)).toEqual(expect.arrayContaining(['const SUBJECT = "compteur";', "const START = 10;", "const INTERVAL_MS = 500;", "  nc.publish(SUBJECT, String(value));", 'process.on("SIGINT", () => nc.drain());']));
    expect(lines(p.cli.code)).toEqual(expect.arrayContaining(["SUBJECT=compteur", "value=10", '  nats --server "$SERVER" --connection-name alice pub "$SUBJECT" "$value"', "  value=$((value + STEP))", "  sleep 0.5"]));
  });

  it("counter - the subscriber prints each value and flags a jump larger than the step", () => {
    const p = counterPrograms(settings({ role: "subscriber", step: 5, subject: "fr.compteur" }), conn, "en");
    expect(p.python.filename).toBe("counter_subscriber.py");
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(['SUBJECT = "fr.compteur"', "STEP = 5", "    await nc.subscribe(SUBJECT, cb=cb)", "        if last is not None and (value - last) / STEP > 1:"]));
    expect(p.python.code).toContain("gap: missed");
    expect(p.node.code).toContain("nc.subscribe(SUBJECT, {");
    expect(p.node.code).toContain("gap: missed");
    expect(lines(p.cli.code)).toContain('nats --server "$SERVER" --connection-name alice sub "$SUBJECT" --raw | while IFS= read -r value; do');
    expect(p.cli.code).not.toContain("START");
  });

  it("counter - announced, the publisher names itself by its file name and gives its step in the playground's headers", () => {
    const announce = { publisherHeader: "Playground-Publisher", stepHeader: "Playground-Step" };
    const p = counterPrograms(settings({ step: 5, announce }), conn, "en");
    expect(lines(p.python.code)).toEqual(
      expect.arrayContaining([
        'HEADERS = {"Playground-Publisher": "counter_publisher.py", "Playground-Step": str(STEP)}',
        "            await nc.publish(SUBJECT, str(value).encode(), headers=HEADERS)",
      ]),
    );
    expect(lines(p.node.code)).toEqual(
      expect.arrayContaining([
        'import { connect, headers } from "nats";',
        'HEADERS.set("Playground-Publisher", "counter-publisher.mjs");',
        'HEADERS.set("Playground-Step", String(STEP));',
        "  nc.publish(SUBJECT, String(value), { headers: HEADERS });",
      ]),
    );
    expect(lines(p.cli.code)).toEqual(
      expect.arrayContaining([
        "PUBLISHER=Playground-Publisher:counter-publisher.sh",
        "STEP_HEADER=Playground-Step",
        '  nats --server "$SERVER" --connection-name alice pub "$SUBJECT" "$value" -H "$PUBLISHER" -H "$STEP_HEADER:$STEP"',
      ]),
    );
    expect(p.python.code).toContain("so the playground's tabs name this program");
    // the subscriber sends nothing: no headers there
    const sub = counterPrograms(settings({ role: "subscriber", announce }), conn, "en");
    for (const target of ["python", "node", "cli"] as const) expect(sub[target].code).not.toContain("Playground-");
    // without it, the lab's plain publish
    expect(counterPrograms(settings(), conn, "en").python.code).not.toContain("HEADERS");
  });

  it("counter - comments explain the idea, in English or in French", () => {
    const en = counterPrograms(settings(), conn, "en");
    const fr = counterPrograms(settings(), conn, "fr");
    expect(en.python.code).toContain("# lab V.1: publish a counter every 10 s");
    expect(fr.python.code).toContain("# TD V.1 : publier un compteur toutes les 10 s");
    expect(fr.node.code).toContain("// un message NATS est fait d'octets : le nombre voyage en texte décimal");
    expect(fr.cli.code).toContain("# un nats pub par valeur");
  });

  it("counter - a subject with quotes or a backslash is quoted in every language", () => {
    const p = counterPrograms(settings({ subject: `a"b\\c'd` }), conn, "en");
    expect(p.python.code).toContain(`SUBJECT = "a\\"b\\\\c'd"`);
    expect(p.node.code).toContain(`const SUBJECT = "a\\"b\\\\c'd";`);
    expect(p.cli.code).toContain(`SUBJECT='a"b\\c'\\''d'`);
  });
});
