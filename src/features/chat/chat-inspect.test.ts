import { describe, expect, it } from "vitest";
import type { Host } from "../../host/host";
import { memoryStorage, randomId } from "../../host/host";
import { ManualScheduler } from "../../host/manual-scheduler";
import type { RecentResult, StoredMessage } from "../../nats/jetstream-history";
import type { BusMessage, NatsClient } from "../../nats/nats-client";
import { createChat } from "./chat-controller";
import { CHAT } from "./chat-constants";
import { KEPT } from "./chat-inspect";

const enc = new TextEncoder();
type Headers = [string, string][];

/** A client whose subscriptions are confirmed at once and whose deliveries the test makes. */
function deliveringClient() {
  const subs = new Map<string, (m: BusMessage) => void>();
  const client: NatsClient = {
    name: "tester",
    publish: () => "sent",
    subscribe: (subject, onMessage) => {
      subs.set(subject, onMessage);
      return { sid: subs.size, subject, unsubscribe: () => subs.delete(subject), isClosed: () => false, ready: () => Promise.resolve() };
    },
    request: () => Promise.reject(new Error("not used")),
    newInbox: () => "_INBOX.test",
    flush: () => Promise.resolve(),
    rtt: () => Promise.resolve(0),
    server: () => undefined,
    isConnected: () => true,
    onStatus: () => () => undefined,
  };
  /** delivers through the subscription `pattern`; `data` a view into a bigger buffer, as nats.ws gives it */
  const deliver = (pattern: string, subject: string, payload: Uint8Array, options: { reply?: string; headers?: Headers } = {}) => {
    const chunk = new Uint8Array(payload.length + 32);
    chunk.set(payload, 16);
    const data = chunk.subarray(16, 16 + payload.length);
    const headers = options.headers?.length ? Object.fromEntries([...options.headers].reverse()) : undefined;
    subs.get(pattern)!({
      subject,
      data,
      text: new TextDecoder().decode(data),
      reply: options.reply,
      headers,
      headerList: options.headers,
      sid: 1,
      respond: () => false,
    });
  };
  return { client, deliver };
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

const stored = (seq: number, text: string | Uint8Array, headerList?: Headers): StoredMessage => {
  const data = typeof text === "string" ? enc.encode(text) : text;
  return { seq, subject: "chat.general", text: new TextDecoder().decode(data), data, headerList, headers: headerList && Object.fromEntries(headerList), time: 500 + seq };
};

/** A chat in chat.general and chat.>, its history read from `history`. */
async function chatIn(history: StoredMessage[] = []) {
  const scheduler = new ManualScheduler();
  scheduler.time = 1000;
  const { client, deliver } = deliveringClient();
  const chat = createChat({ client, host: manualHost(scheduler) }, { readHistory: async (): Promise<RecentResult> => ({ ok: true, messages: history }) });
  chat.editJoin("chat.>");
  chat.joinRoom();
  await expect.poll(() => Object.values(chat.store.getState().history).map((h) => h.state)).toEqual(["loaded", "loaded"]);
  const settle = () => scheduler.advance(1000);
  return { chat, deliver, settle };
}

const envelope = (id: string, text: string) => enc.encode(JSON.stringify({ id, from: "alice", text, sentAt: 1 }));

describe("chat inspector (controller side)", () => {
  it("inspect - one message delivered by two subscriptions: both listed, the first delivery's bytes, headers and reply kept", async () => {
    const { chat, deliver, settle } = await chatIn();
    try {
      const headers: Headers = [["Nats-Msg-Id", "m1"], ["X-Tag", "one"], ["X-Tag", "two"]];
      deliver("chat.general", "chat.general", envelope("m1", "hello"), { reply: "_INBOX.first", headers });
      deliver("chat.>", "chat.general", envelope("m1", "hello"), { reply: "_INBOX.second", headers: [["Nats-Msg-Id", "m1"]] });
      settle();
      const [entry] = chat.store.getState().entries;
      expect(entry).toMatchObject({ text: "hello", via: ["chat.general", "chat.>"] });
      chat.inspect(entry!);
      expect(chat.store.getState().inspecting).toBe(entry!.key);
      const { message, notKept } = chat.inspection()!;
      expect(notKept).toBeUndefined();
      expect(message).toMatchObject({ subject: "chat.general", reply: "_INBOX.first", headers, deliveredBy: ["chat.general", "chat.>"], receivedAt: 1000 });
      expect(new TextDecoder().decode(message.payload)).toBe(JSON.stringify({ id: "m1", from: "alice", text: "hello", sentAt: 1 }));
      // a copy: not the socket's whole read buffer
      expect(message.payload.buffer.byteLength).toBe(message.payload.length);
      chat.closeInspector();
      expect([chat.store.getState().inspecting, chat.inspection()]).toEqual([undefined, undefined]);
    } finally {
      chat.stop();
    }
  });

  it("inspect - bytes that are not UTF-8 are a binary entry (size, first bytes), inspected whole; the store holds no bytes", async () => {
    const { chat, deliver, settle } = await chatIn();
    try {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      deliver("chat.general", "chat.general", all);
      deliver("chat.>", "chat.general", all);
      settle();
      const entries = chat.store.getState().entries;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ text: "", binary: { size: 256, preview: "00 01 02 03 04 05 06 07 …" }, via: ["chat.general", "chat.>"] });
      expect(JSON.stringify(entries[0])).not.toContain("\ufffd");
      chat.inspect(entries[0]!);
      expect([...chat.inspection()!.message.payload]).toEqual([...all]);
      expect(chat.inspection()!.message.headers).toEqual([]);
      // no Uint8Array anywhere in the store
      expect(Object.values(entries[0]!).some((v) => v instanceof Uint8Array)).toBe(false);
      // a forward (or a reply) of bytes carries their description, the wire's words being English
      chat.startForward(entries[0]!);
      expect(chat.store.getState().forwarding?.original.text).toBe("256 bytes (binary): 00 01 02 03 04 05 06 07 …");
    } finally {
      chat.stop();
    }
  });

  it("inspect - a message read from the stream inspects like a live one: its bytes and every header value", async () => {
    const bin = new Uint8Array([0xff, 0x00, 0x80]);
    const { chat } = await chatIn([stored(1, "hello from history", [["Nats-Msg-Id", "h1"], ["X-Tag", "a"], ["X-Tag", "b"]]), stored(2, bin)]);
    try {
      const [text, binary] = chat.store.getState().entries;
      expect(text).toMatchObject({ text: "hello from history", fromHistory: true, via: ["chat.general", "chat.>"] });
      chat.inspect(text!);
      expect(chat.inspection()!.message).toMatchObject({ headers: [["Nats-Msg-Id", "h1"], ["X-Tag", "a"], ["X-Tag", "b"]], reply: undefined, receivedAt: 501 });
      expect(new TextDecoder().decode(chat.inspection()!.message.payload)).toBe("hello from history");
      expect(binary).toMatchObject({ binary: { size: 3, preview: "ff 00 80" } });
      chat.inspect(binary!);
      expect([...chat.inspection()!.message.payload]).toEqual([0xff, 0x00, 0x80]);
    } finally {
      chat.stop();
    }
  });

  it("inspect - only the newest rows are kept: an older row still opens, saying its payload is no longer kept", async () => {
    const { chat, deliver, settle } = await chatIn();
    try {
      deliver("chat.general", "chat.general", enc.encode("the first"), { headers: [["X-Old", "1"]] });
      settle();
      const first = chat.store.getState().entries[0]!;
      for (let i = 0; i < KEPT.maxRows; i++) deliver("chat.general", "chat.general", enc.encode(`m${i}`));
      settle();
      expect(chat.store.getState().entries).toHaveLength(CHAT.maxEntries);
      chat.inspect(first);
      expect(chat.inspection()).toEqual({
        message: { subject: "chat.general", receivedAt: first.time, deliveredBy: ["chat.general"], payload: new Uint8Array(0), headers: [] },
        notKept: { kind: "not-kept", rows: 2000, megabytes: 8 },
      });
      chat.inspect(chat.store.getState().entries.at(-1)!);
      expect(chat.inspection()!.notKept).toBeUndefined();
    } finally {
      chat.stop();
    }
  });

  it("inspect - the byte budget: 512 KB messages beyond 8 MB drop the oldest", async () => {
    const { chat, deliver, settle } = await chatIn();
    try {
      for (let i = 0; i < 20; i++) deliver("chat.general", "chat.general", new Uint8Array(512 * 1024).fill(0x61 + i));
      settle();
      const entries = chat.store.getState().entries;
      const kept = entries.filter((e) => {
        chat.inspect(e);
        return !chat.inspection()!.notKept;
      });
      expect(kept.map((e) => entries.indexOf(e))).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    } finally {
      chat.stop();
    }
  });
});
