// Where a text stops being JSON, found by our own small scanner (RFC 8259), so
// the message names the line and column in the page's language — not the
// JavaScript engine's English. Pure.
export type JsonProblem = {
  /** 0-based offset of the offending character (or the end) */
  offset: number;
  line: number;
  column: number;
  /** what was there: a character, or "end" when the text stopped too early */
  found: string;
  /** what JSON needed there */
  expected: "value" | "comma-or-end" | "colon" | "string-key" | "end" | "digit" | "escape" | "closing-quote";
};

export function checkJson(text: string): JsonProblem | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (expected: JsonProblem["expected"]): never => {
    throw { offset: i, expected };
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail("value");
  };
  const digits = () => {
    if (!(text[i]! >= "0" && text[i]! <= "9")) fail("digit");
    while (text[i]! >= "0" && text[i]! <= "9") i++;
  };
  const number = () => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else digits();
    if (text[i] === ".") {
      i++;
      digits();
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      digits();
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail("closing-quote");
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail("closing-quote");
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === "u") {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? "")) {
            i += k;
            fail("escape");
          }
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else fail("escape");
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail("string-key");
        string();
        ws();
        if (text[i] !== ":") fail("colon");
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail("comma-or-end");
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail("comma-or-end");
      }
    }
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    fail("value");
  };
  try {
    value();
    ws();
    if (i < n) fail("end");
    return undefined;
  } catch (e) {
    const { offset, expected } = e as { offset: number; expected: JsonProblem["expected"] };
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    return { offset, line, column, found: offset >= n ? "end" : text[offset]!, expected };
  }
}
