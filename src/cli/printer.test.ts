import { describe, expect, it } from "vitest";
import { createPrinter } from "./printer";

const sink = (isTTY: boolean, columns?: number) => {
  const written: string[] = [];
  return { written, out: { isTTY, columns, write: (t: string) => written.push(t) } };
};
const at = new Date(2026, 0, 2, 9, 5, 3, 42).getTime();

describe("printer", () => {
  it("printer - off a terminal every progress is a stamped line of its own", () => {
    const { written, out } = sink(false);
    const p = createPrinter(out, out, () => at);
    p.progress("1/5 s");
    p.line("hello");
    p.endProgress();
    expect(written).toEqual(["09:05:03.042  1/5 s\n", "09:05:03.042  hello\n"]);
  });

  it("printer - on a terminal the progress line is rewritten in place, lines print above it, and it fits one row", () => {
    const { written, out } = sink(true, 12);
    const p = createPrinter(out, out, () => at);
    p.progress("1/5 s");
    p.line("hello");
    p.progress("2/5 s, a long progress line");
    p.endProgress();
    expect(written.join("")).toBe("1/5 s\r\x1b[K09:05:03.042  hello\n1/5 s\r\x1b[K2/5 s, a l…\n");
  });
});
