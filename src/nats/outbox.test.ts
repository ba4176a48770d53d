import { describe, expect, it } from "vitest";
import { Outbox } from "./outbox";

describe("outbox", () => {
  it("outbox - keeps order and empties on drain", () => {
    const box = new Outbox<string>(10, 100);
    for (const s of ["a", "b", "c"]) expect(box.offer(s, 1)).toBe(true);
    const out: string[] = [];
    expect(box.drain((s) => out.push(s))).toBe(3);
    expect(out).toEqual(["a", "b", "c"]);
    expect(box.size).toBe(0);
  });
  it("outbox - refuses past its message or byte limit", () => {
    const box = new Outbox<string>(2, 10);
    expect(box.offer("a", 4)).toBe(true);
    expect(box.offer("b", 7)).toBe(false);
    expect(box.offer("c", 6)).toBe(true);
    expect(box.offer("d", 0)).toBe(false);
  });
});
