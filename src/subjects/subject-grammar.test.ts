import { describe, expect, it } from "vitest";
import { describeNote, describeProblem } from "./subject-text";
import { validatePattern, validatePublishSubject } from "./subject-grammar";

describe("subject-grammar", () => {
  it.each([
    "compteur",
    "fr.grand_est.67.colmar",
    "time.us.east.atlanta",
    "foo*",
    ">bar",
    "a.b*c.d",
    "été.mañana",
    "_INBOX.abc",
  ])("publish subject - '%s' is valid", (subject) => {
    expect(validatePublishSubject(subject).ok).toBe(true);
  });

  it.each([
    ["", "subject is empty"],
    ["fr..paris", "fr..paris: empty token"],
    [".fr", "starts with a dot"],
    ["fr.", "ends with a dot"],
    ["fr.*.paris", "wildcard '*'"],
    ["fr.>", "wildcard '>'"],
    [">", "wildcard '>'"],
    ["a b", "whitespace at position 2"],
    ["a\tb", "control character at position 2"],
    ["a\nb", "control character"],
    ["a\u0000b", "control character"],
    ["x".repeat(10_000), "10000 characters long; the limit is 1024"],
  ])("publish subject - %j is refused: %s", (subject, reason) => {
    const v = validatePublishSubject(subject);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(describeProblem(v.problem)).toContain(reason);
  });

  it("publish subject - literal 'foo*' carries a warning that it is no wildcard", () => {
    const v = validatePublishSubject("a.foo*");
    expect(v).toEqual({ ok: true, notes: [{ kind: "literal-wildcard", token: "foo*" }] });
    if (v.ok) expect(describeNote(v.notes[0]!)).toContain("'foo*' is a literal token");
  });

  it.each(["fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg", "*", ">", "*.>", "a.*.>", "foo*", ">bar", "a.>bar"])(
    "pattern - '%s' is valid",
    (pattern) => {
      expect(validatePattern(pattern).ok).toBe(true);
    },
  );

  it.each([
    ["", "pattern is empty"],
    ["a.>.b", "'>' must be the last token"],
    [">.a", "'>' must be the last token"],
    ["a..b", "a..b: empty token"],
    ["chat. general", "whitespace"],
    ["x".repeat(2000), "the limit is 1024"],
  ])("pattern - %j is refused: %s", (pattern, reason) => {
    const v = validatePattern(pattern);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(describeProblem(v.problem)).toContain(reason);
  });

  it("pattern - long input is shortened in the message", () => {
    const v = validatePattern("a ".repeat(5000));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(describeProblem(v.problem).length).toBeLessThan(200);
  });
});

describe("subject-grammar in French", () => {
  it.each([
    ["", "le sujet est vide"],
    ["fr..paris", "fr..paris : mot vide (entre deux points, mot 2)"],
    ["a b", "espace en position 2"],
    ["fr.*.paris", "le mot 2 est le joker '*'"],
  ])("publish subject - %j is refused in French: %s", async (subject, reason) => {
    const fr = (await import("./subject-text.fr")).default;
    const v = validatePublishSubject(subject);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(describeProblem(v.problem, fr)).toContain(reason);
  });

  it("pattern - the problem is data: the same kinds whatever the language", () => {
    const v = validatePattern("a.>.b");
    expect(v).toMatchObject({ ok: false, problem: { kind: "gt-not-last", text: "a.>.b" } });
  });
});
