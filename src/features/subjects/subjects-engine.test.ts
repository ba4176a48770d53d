import { describe, expect, it, vi } from "vitest";
import type { BusMessage } from "../../nats/nats-client";
import { MSG_ID_HEADER } from "./attribution";
import type { SubRef } from "./attribution";
import { ingest, LOG_SIZE, subjectTree, TREE_NODES } from "./subjects-engine";
import type { Incoming } from "./subjects-engine";
import { useSubjects } from "./subjects-store";

const encoder = new TextEncoder();

function message(subject: string, text: string, sid: number, msgId?: string): BusMessage {
  return {
    subject, text, sid, data: encoder.encode(text),
    headers: msgId ? { [MSG_ID_HEADER]: msgId } : undefined,
    respond: () => false,
  };
}

const flood: SubRef = { key: "flood", pattern: "fr.flood.>", colour: 0, sid: 11 };
const wide: SubRef = { key: "wide", pattern: "fr.>", colour: 1, sid: 12 };

describe("subjects engine", () => {
  it("counts stay exact and everything kept stays bounded over 200 000 messages, whatever is rendered", async () => {
    const N = 200_000;
    for (let start = 0; start < N; start += 5000) {
      const batch: Incoming[] = [];
      for (let i = start; i < start + 5000; i++) {
        // every message reaches both subscriptions: two deliveries, one row
        const id = `tab.${i}`;
        batch.push({ sub: flood, m: message(`fr.flood.c${i}`, String(i), flood.sid, id), at: 1 });
        batch.push({ sub: wide, m: message(`fr.flood.c${i}`, String(i), wide.sid, id), at: 1 });
      }
      ingest(batch);
    }
    await vi.waitFor(() => expect(useSubjects.getState().messages).toBe(N), { timeout: 15_000, interval: 50 });
    const s = useSubjects.getState();
    expect(s.counts).toEqual({ flood: N, wide: N });
    expect(s.deliveries).toBe(2 * N);
    expect(s.log).toHaveLength(LOG_SIZE);
    expect(s.log[0]!.subject).toBe(`fr.flood.c${N - 1}`);
    expect(s.log.every((r) => r.chips.length === 2)).toBe(true);
    expect(subjectTree.size).toBe(TREE_NODES);
    expect(subjectTree.root.count).toBe(N);
    expect(subjectTree.root.children.get("fr")!.children.get("flood")!.other).toBe(N - (TREE_NODES - 2));
    expect(s.mismatch.count).toBe(0);
  });
});
