import { describe, expect, it } from "vitest";
import { matches } from "./subject-match";
import { explainMatch } from "./match-explain";

// Rows after nats-server's sublist_test.go and the lab sheet's examples.
const table: [pattern: string, subject: string, expected: boolean][] = [
  ["time.us.east", "time.us.east", true],
  ["time.*.east", "time.us.east", true],
  ["time.*.east", "time.eu.east", true],
  ["time.*.east", "time.us.east.atlanta", false],
  ["time.us.>", "time.us.east", true],
  ["time.us.>", "time.us.east.atlanta", true],
  ["time.us.>", "time.us", false],
  ["stats.*.*", "stats.test.22", true],
  ["stats.test.*", "stats.test", false],
  ["fr.grand_est.67.colmar", "fr.grand_est.67.colmar", true],
  ["fr.grand_est.>", "fr.grand_est.67.colmar", true],
  ["fr.grand_est.>", "fr.ile_de_france.75.paris", false],
  ["fr.*.*.strasbourg", "fr.grand_est.67.strasbourg", true],
  ["fr.*.*.strasbourg", "fr.test.00.strasbourg", true],
  ["fr.*.*.strasbourg", "fr.grand_est.strasbourg", false],
  [">", "a", true],
  [">", "a.b.c", true],
  ["*", "a", true],
  ["*", "a.b", false],
  ["*.>", "a", false],
  ["*.>", "a.b", true],
  ["foo*", "foo*", true],
  ["foo*", "foobar", false],
  [">bar", ">bar", true],
  [">bar", "xbar", false],
  ["Time.us", "time.us", false],
  ["a.b", "a.b.c", false],
  ["a.b.c", "a.b", false],
];

describe("subject-match", () => {
  it.each(table)("matches - '%s' vs '%s' → %s", (pattern, subject, expected) => {
    expect(matches(pattern, subject)).toBe(expected);
  });

  it.each(table)("explain - '%s' vs '%s' agrees with matches", (pattern, subject, expected) => {
    const e = explainMatch(pattern, subject);
    expect(e.matches).toBe(expected);
    expect(e.steps.every((s) => s.ok)).toBe(expected);
  });

  it("explain - says why, token by token", () => {
    const e = explainMatch("fr.*.*.strasbourg", "fr.grand_est.67.colmar");
    expect(e.steps.map((s) => s.verdict)).toEqual(["equal", "star", "star", "differs"]);
    expect(e.steps[3]!.text).toBe("token 4: 'strasbourg' ≠ 'colmar'");
  });

  it("explain - '>' needs at least one token", () => {
    const e = explainMatch("time.us.>", "time.us");
    expect(e.steps.at(-1)!.text).toContain("'>' needs at least one more token");
  });

  it("explain - case differences are named", () => {
    expect(explainMatch("Time", "time").steps[0]!.text).toContain("case-sensitive");
  });

  it("explain - a subject longer than the pattern", () => {
    const e = explainMatch("time.*.east", "time.us.east.atlanta");
    expect(e.steps.at(-1)!.verdict).toBe("extra-token");
  });
});
