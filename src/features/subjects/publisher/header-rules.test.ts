import { describe, expect, it } from "vitest";
import { checkHeaders } from "./header-rules";
import type { HeaderRow } from "./header-rules";
import { describeHeaderProblem } from "./publisher-text";
import frenchPublisher from "./publisher-text.fr";

const rows = (...pairs: [string, string][]): HeaderRow[] => pairs.map(([name, value], key) => ({ key, name, value }));
const problemOf = (name: string, value = "v") => checkHeaders(rows(["Ok", "1"], [name, value])).problems[0];

describe("header rules", () => {
  it("headers - valid rows go out in order, a repeated name kept; blank rows are no header", () => {
    expect(checkHeaders(rows(["X-Tag", "one"], ["", ""], ["X-Tag", "two"], ["Content-Type", "application/json"], ["a!#$%&'*+-.^_`|~z", ""]))).toEqual({
      list: [["X-Tag", "one"], ["X-Tag", "two"], ["Content-Type", "application/json"], ["a!#$%&'*+-.^_`|~z", ""]],
      problems: [],
    });
  });

  it.each([
    ["bad name", { kind: "space", header: 2, name: "bad name", position: 4 }, "header 2: 'bad name' has a space at position 4: header names are one word"],
    ["", { kind: "empty-name", header: 2 }, "header 2: the name is empty: a header needs a name (or remove it)"],
    ["a\tb", { kind: "control", header: 2, name: "a\tb", position: 2, code: "U+0009" },
      "header 2: 'a\tb' has a control character (U+0009) at position 2: header names are printable ASCII"],
    ["Città", { kind: "not-ascii", header: 2, name: "Città", position: 5, char: "à" },
      "header 2: 'Città' has 'à' at position 5: header names are printable ASCII, without accents"],
    ["a:b", { kind: "colon", header: 2, name: "a:b", position: 2 }, "header 2: 'a:b' has a ':' at position 2: the colon separates a header's name from its value"],
    ["NATS/1.0", { kind: "status-line", header: 2, name: "NATS/1.0" },
      "header 2: 'NATS/1.0' starts with NATS/, which begins the NATS/1.0 status line: the name is reserved"],
    ["nats/x", { kind: "status-line", header: 2, name: "nats/x" }, "header 2: 'nats/x' starts with NATS/, which begins the NATS/1.0 status line: the name is reserved"],
    ["Playground-Msg-Id", { kind: "ours", header: 2, name: "Playground-Msg-Id" },
      "header 2: Playground-Msg-Id is set by the playground itself on every message: choose another name"],
  ])("headers - %j is refused, said precisely", (name, problem, said) => {
    expect(problemOf(name)).toEqual(problem);
    expect(describeHeaderProblem(problemOf(name)!).text).toBe(said);
  });

  it("headers - a value is one line; nothing of a set with a problem goes out", () => {
    const check = checkHeaders(rows(["X-Ok", "fine"], ["X-Note", "two\nlines"]));
    expect(check.problems).toEqual([{ kind: "value-line-break", header: 2, name: "X-Note", position: 4 }]);
    expect(describeHeaderProblem(check.problems[0]!).text).toBe("header 2: the value of 'X-Note' has a line break at position 4: a header value is one line");
  });

  it("headers - each problem in French, the name set as code", () => {
    const space = describeHeaderProblem(problemOf("bad name")!, frenchPublisher);
    expect(space).toEqual({ text: "en-tête 2 : 'bad name' contient une espace en position 4 : un nom d'en-tête est un seul mot", codes: ["bad name"] });
    expect(describeHeaderProblem(problemOf("")!, frenchPublisher).text).toBe("en-tête 2 : le nom est vide : un en-tête a besoin d'un nom (ou retirez-le)");
    expect(describeHeaderProblem(problemOf("NATS/x")!, frenchPublisher).text).toBe(
      "en-tête 2 : 'NATS/x' commence par NATS/, le début de la ligne d'état NATS/1.0 : ce nom est réservé",
    );
  });
});
