import { describe, expect, it } from "vitest";
import type { BusMessage } from "../../../nats/nats-client";
import { KEPT_BYTES, KeptMessages, ROW_OVERHEAD } from "./kept-messages";

const message = (data: Uint8Array, more: Partial<BusMessage> = {}): BusMessage => ({
  subject: "fr.x", text: "", sid: 1, data, respond: () => false, ...more,
});
const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe("kept messages", () => {
  it("kept - a row's whole message: its bytes (a copy, not a view of the socket's frame), every header in order, its reply", () => {
    const frame = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const kept = new KeptMessages({ rows: 10, bytes: 10_000 });
    const headerList = [["X-Trace", "a"], ["X-Trace", "b"], ["Content-Type", "application/json"]] as const;
    kept.offer(7, message(frame.subarray(2, 5), { headerList, reply: "fr.replies" }));
    kept.settle();
    frame.fill(0);
    const m = kept.get(7)!;
    expect([...m.payload]).toEqual([1, 2, 3]);
    expect(m.payload.buffer.byteLength).toBe(3);
    expect(m.headers).toEqual(headerList);
    expect(m.reply).toBe("fr.replies");
    expect(kept.get(8)).toBeUndefined();
  });

  it("kept - at most `rows` rows: the oldest leave first", () => {
    const kept = new KeptMessages({ rows: 3, bytes: KEPT_BYTES });
    for (let id = 1; id <= 5; id++) {
      kept.offer(id, message(bytes(10)));
      kept.settle();
    }
    expect([1, 2, 3, 4, 5].map((id) => kept.get(id) !== undefined)).toEqual([false, false, true, true, true]);
    expect([kept.count, kept.bytes]).toEqual([3, 3 * (10 + ROW_OVERHEAD)]);
  });

  it("kept - within the byte budget: big payloads push older rows out; one bigger than the budget is never kept", () => {
    const kept = new KeptMessages({ rows: 100, bytes: 1300 });
    for (let id = 1; id <= 4; id++) kept.offer(id, message(bytes(300)));
    kept.settle();
    // 600 bytes each by the estimate: two fit in 1300
    expect([1, 2, 3, 4].map((id) => kept.get(id) !== undefined)).toEqual([false, false, true, true]);
    expect(kept.bytes).toBe(2 * (300 + ROW_OVERHEAD));
    kept.offer(5, message(bytes(2000)));
    kept.settle();
    expect(kept.get(5)).toBeUndefined();
    expect(kept.count).toBe(2);
    expect(kept.whyNot(2000)).toEqual({ kind: "too-big", size: 2000, bytes: 1300 });
    expect(kept.whyNot(300)).toEqual({ kind: "dropped", rows: 100, bytes: 1300 });
  });

  it("kept - headers count in the budget", () => {
    const kept = new KeptMessages({ rows: 100, bytes: 10_000 });
    kept.offer(1, message(bytes(10), { headerList: [["ab", "cdef"]] }));
    kept.settle();
    expect(kept.bytes).toBe(10 + 2 * 6 + ROW_OVERHEAD);
  });

  it("kept - a flood's slice of 50 000 new rows touches only the newest `rows` messages", () => {
    const kept = new KeptMessages({ rows: 500, bytes: KEPT_BYTES });
    let touched = 0;
    for (let id = 1; id <= 50_000; id++) {
      const data = bytes(5);
      kept.offer(id, {
        subject: "fr.x", text: "", sid: 1, respond: () => false,
        get data() {
          touched++;
          return data;
        },
      });
    }
    kept.settle();
    expect(touched).toBe(500);
    expect(kept.count).toBe(500);
    expect(kept.get(50_000 - 499)).toBeDefined();
    expect(kept.get(50_000 - 500)).toBeUndefined();
    kept.clear();
    expect([kept.count, kept.bytes]).toEqual([0, 0]);
  });
});
