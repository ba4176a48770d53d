import { describe, expect, it } from "vitest";
import type { Host } from "../../host/host";
import { memoryStorage, randomId } from "../../host/host";
import { ManualScheduler } from "../../host/manual-scheduler";
import { HistoryFailure } from "../../nats/jetstream-history";
import type { RecentResult } from "../../nats/jetstream-history";
import type { ClientStatus, NatsClient } from "../../nats/nats-client";
import { createChat } from "./chat-controller";
import { describeHistory } from "./chat-views";

const timedOut: RecentResult = { ok: false, failure: HistoryFailure.Timeout, reason: "JetStream did not answer in time" };
const noStream: RecentResult = { ok: false, failure: HistoryFailure.NoStream, reason: "the stream CHAT does not exist on this server" };
const envelope = '{"id":"a","from":"alice","text":"hello","sentAt":1}';
const stored: RecentResult = {
  ok: true,
  messages: [{ seq: 1, subject: "chat.general", text: envelope, data: new TextEncoder().encode(envelope), time: 1 }],
};

// A client whose subscriptions are confirmed at once and that publishes nowhere:
// what is under test is when the history is read, not the wire.
function quietClient() {
  const listeners = new Set<(s: ClientStatus) => void>();
  const client: NatsClient = {
    name: "tester",
    publish: () => "sent",
    subscribe: (subject) => ({ sid: 1, subject, unsubscribe: () => undefined, isClosed: () => false, ready: () => Promise.resolve() }),
    request: () => Promise.reject(new Error("not used")),
    newInbox: () => "_INBOX.test",
    flush: () => Promise.resolve(),
    rtt: () => Promise.resolve(0),
    server: () => undefined,
    isConnected: () => true,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { client, emit: (s: ClientStatus) => listeners.forEach((l) => l(s)) };
}

function manualHost(scheduler: ManualScheduler): Host {
  return {
    now: scheduler.now,
    elapsed: scheduler.elapsed,
    setTimeout: scheduler.setTimeout,
    every: scheduler.every,
    nextFrame: scheduler.nextFrame,
    yieldThen: scheduler.yieldThen,
    storage: memoryStorage(),
    visibility: { visible: () => true, onChange: () => () => undefined },
    onLeave: () => () => undefined,
    randomId,
  };
}

/** A chat in chat.general whose history reader answers `answers` in turn (then the stored message), noting when it was asked. */
function chatWith(answers: RecentResult[]) {
  const scheduler = new ManualScheduler();
  const { client, emit } = quietClient();
  const asked: number[] = [];
  const chat = createChat(
    { client, host: manualHost(scheduler) },
    {
      readHistory: async () => {
        asked.push(scheduler.now());
        return answers.shift() ?? stored;
      },
    },
  );
  const status = () => describeHistory(Object.entries(chat.store.getState().history));
  return { chat, scheduler, asked, status, emit };
}

describe("chat history retries", () => {
  it("history - a timed-out read is tried again 5 s, then 10 s later; the status says when, then what was read, confirmed once 5 s later", async () => {
    const { chat, scheduler, asked, status } = chatWith([timedOut, timedOut]);
    try {
      await expect.poll(status).toBe("History unavailable: JetStream did not answer in time. Live messages still arrive. Trying again in 5 s.");
      expect(asked).toEqual([0]);
      scheduler.advance(4999);
      expect(asked).toEqual([0]);
      scheduler.advance(1);
      await expect.poll(status).toBe("History unavailable: JetStream did not answer in time. Live messages still arrive. Trying again in 10 s.");
      expect(asked).toEqual([0, 5000]);
      scheduler.advance(10_000);
      await expect.poll(status).toBe("History: 1 stored message read from the CHAT stream (last 100 per room)");
      expect(asked).toEqual([0, 5000, 15_000]);
      expect(chat.store.getState().entries.map((e) => e.text)).toEqual(["hello"]);
      scheduler.advance(5000);
      await expect.poll(() => asked).toEqual([0, 5000, 15_000, 20_000]);
      scheduler.advance(120_000);
      expect(asked).toHaveLength(4);
      expect(chat.store.getState().entries.map((e) => e.text)).toEqual(["hello"]);
    } finally {
      chat.stop();
    }
  });

  it("history - a stream just back may answer before it has applied all it stored: the confirming read adds the rest, quietly", async () => {
    const second = '{"id":"b","from":"bob","text":"again","sentAt":2}';
    const both: RecentResult = {
      ok: true,
      messages: [stored.messages[0]!, { seq: 2, subject: "chat.general", text: second, data: new TextEncoder().encode(second), time: 2 }],
    };
    const { chat, scheduler, asked, status } = chatWith([timedOut, stored, both]);
    try {
      await expect.poll(status).toContain("Trying again in 5 s.");
      scheduler.advance(5000);
      await expect.poll(status).toBe("History: 1 stored message read from the CHAT stream (last 100 per room)");
      scheduler.advance(5000);
      // no "Loading" while it confirms: the first answer stays on screen until the second one is in
      expect(status()).toBe("History: 1 stored message read from the CHAT stream (last 100 per room)");
      await expect.poll(status).toBe("History: 2 stored messages read from the CHAT stream (last 100 per room)");
      expect(asked).toEqual([0, 5000, 10_000]);
      expect(chat.store.getState().entries.map((e) => e.text)).toEqual(["hello", "again"]);
    } finally {
      chat.stop();
    }
  });

  it("history - a confirming read that fails leaves what was read, and is not retried", async () => {
    const { chat, scheduler, asked, status } = chatWith([timedOut, stored, timedOut]);
    try {
      await expect.poll(status).toContain("Trying again in 5 s.");
      scheduler.advance(5000);
      await expect.poll(status).toBe("History: 1 stored message read from the CHAT stream (last 100 per room)");
      scheduler.advance(5000);
      await expect.poll(() => asked).toEqual([0, 5000, 10_000]);
      scheduler.advance(120_000);
      expect(asked).toHaveLength(3);
      expect(status()).toBe("History: 1 stored message read from the CHAT stream (last 100 per room)");
    } finally {
      chat.stop();
    }
  });

  it("history - six scheduled tries at most (5, 10, 20, 30, 30, 30 s), then the status stops promising one", async () => {
    const { chat, scheduler, asked, status } = chatWith(Array.from({ length: 10 }, () => timedOut));
    try {
      for (const wait of [5, 10, 20, 30, 30, 30]) {
        await expect.poll(status).toContain(`Trying again in ${wait} s.`);
        scheduler.advance(wait * 1000);
      }
      await expect.poll(() => asked).toHaveLength(7);
      await expect.poll(status).toBe("History unavailable: JetStream did not answer in time. Live messages still arrive.");
      expect(asked).toEqual([0, 5000, 15_000, 35_000, 65_000, 95_000, 125_000]);
      scheduler.advance(600_000);
      expect(asked).toHaveLength(7);
    } finally {
      chat.stop();
    }
  });

  it("history - a missing stream is final: said once, never read again by a timer", async () => {
    const { chat, scheduler, asked, status } = chatWith([noStream]);
    try {
      await expect.poll(status).toBe("History unavailable: the stream CHAT does not exist on this server. Live messages still arrive.");
      scheduler.advance(600_000);
      expect(asked).toEqual([0]);
    } finally {
      chat.stop();
    }
  });

  it("history - leaving a room cancels its pending retry", async () => {
    const { chat, scheduler, asked, status } = chatWith([timedOut]);
    try {
      await expect.poll(status).toContain("Trying again in 5 s.");
      chat.leaveRoom("chat.general");
      expect(chat.store.getState().history).toEqual({});
      scheduler.advance(600_000);
      expect(asked).toEqual([0]);
    } finally {
      chat.stop();
    }
  });

  it("history - after a reconnect the room is read again at once (a pending retry is replaced, not doubled)", async () => {
    const { chat, scheduler, asked, status, emit } = chatWith([timedOut]);
    try {
      await expect.poll(status).toContain("Trying again in 5 s.");
      scheduler.advance(1000);
      emit({ type: "reconnected" });
      await expect.poll(status).toBe("History: 1 stored message read from the CHAT stream (last 100 per room)");
      scheduler.advance(600_000);
      expect(asked).toEqual([0, 1000]);
    } finally {
      chat.stop();
    }
  });
});
