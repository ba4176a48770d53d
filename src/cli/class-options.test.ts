import { describe, expect, it } from "vitest";
import { classHelp, parseClassCommand } from "./class-options";
import { activityRandom, CONNECTIONS_PER_STUDENT, draw, expectedRates, SCHEDULE, studentName } from "./class-schedule";
import { describeUsage } from "./usage-problems";

const parse = (...argv: string[]) => parseClassCommand(argv, () => 4242);
const refusal = (...argv: string[]) => {
  const r = parse(...argv);
  if (r.ok) throw new Error(`accepted: ${argv.join(" ")}`);
  return describeUsage(r.problem);
};

describe("class options", () => {
  it("class options - absurd or bad input is refused with a precise message", () => {
    const cases: [string[], string][] = [
      [[], "class needs --students N (1 to 300)"],
      [["--students", "0"], "--students 0: out of range (1 to 300)"],
      [["--students", "301"], "--students 301: out of range (1 to 300)"],
      [["--students", "ten"], "--students ten: not a whole number (1 to 300)"],
      [["--students", "2.5"], "--students 2.5: not a whole number"],
      [["--students"], "--students needs a value: --students <N>"],
      [["--student", "3"], "--student is not an option of class (did you mean --students?)"],
      [["--students", "3", "--duration", "0"], "--duration 0: out of range (1 to 86400)"],
      [["--students", "3", "--duration", "1e3"], "--duration 1e3: not a whole number"],
      [["--students", "3", "--seed", "-1"], "--seed -1: out of range (0 to 4294967295)"],
      [["--students", "3", "--seed", String(2 ** 32)], "out of range (0 to 4294967295)"],
      [["--students", "3", "--servers", "ws://127.0.0.1:9222"], "ws:// is for browsers"],
      [["--students", "3", "--user", "u"], "--user without --pass"],
      [["--students", "3", "now"], "class does not take 'now'"],
    ];
    for (const [argv, message] of cases) expect(refusal(...argv), argv.join(" ")).toContain(message);
  });

  it("class options - defaults: loopback, 60 s, a random seed said to be random", () => {
    expect(parse("--students", "30")).toEqual({
      ok: true,
      value: { help: false, plan: { students: 30, servers: ["nats://127.0.0.1:4222"], durationS: 60, seed: 4242, seedGiven: false } },
    });
    expect(parse("--students=5", "--duration", "5", "--seed", "0", "--servers", "nats://10.0.0.2:4222")).toMatchObject({
      ok: true,
      value: { plan: { students: 5, durationS: 5, seed: 0, seedGiven: true, servers: ["nats://10.0.0.2:4222"] } },
    });
    expect(parse("--students", "0", "--help")).toEqual({ ok: true, value: { help: true } });
  });

  it("class options - the help states the connections and the rates the schedule runs with", () => {
    const help = classHelp();
    for (const role of ["counter", "subjects", "sub-colmar", "sub-grand-est", "sub-strasbourg", "agent", "caller", "chat"]) {
      expect(help).toContain(`student-07-${role} `);
    }
    expect(help).toContain(`opens ${CONNECTIONS_PER_STUDENT} connections`);
    expect(help).toContain(`each student sends about ${expectedRates(1).out.toFixed(2)} messages/s`);
    expect(help).toContain(`${expectedRates(30).in.toFixed(0)} with 30`);
    expect(help).toContain("every 2–10 s");
    expect(help).toContain("every 20–60 s");
  });

  it("class schedule - the same seed draws the same waits; students and activities draw apart", () => {
    const waits = (seed: number, index: number) => {
      const random = activityRandom(seed, index, "cities");
      return Array.from({ length: 5 }, () => draw(random, SCHEDULE.cityEveryMs));
    };
    expect(waits(7, 3)).toEqual(waits(7, 3));
    expect(waits(7, 3)).not.toEqual(waits(7, 4));
    expect(waits(7, 3)).not.toEqual(waits(8, 3));
    expect(activityRandom(7, 3, "posts")()).not.toBe(activityRandom(7, 3, "cities")());
    for (const w of waits(1, 0)) {
      expect(w).toBeGreaterThanOrEqual(1000);
      expect(w).toBeLessThanOrEqual(3000);
    }
    expect([studentName(6, 30), studentName(6, 300)]).toEqual(["student-07", "student-007"]);
  });

  it("class schedule - what a student sends is bounded; what it receives grows linearly with the class", () => {
    const r = (n: number) => expectedRates(n);
    expect(r(1).out).toBe(r(300).out);
    expect(r(1).out).toBeLessThan(2);
    expect(r(101).in - r(100).in).toBeCloseTo(r(31).in - r(30).in, 10);
  });
});
