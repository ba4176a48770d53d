import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, headers } from "nats";
import type { NatsConnection } from "nats";
import type { NatsConnection as WsConnection } from "nats.ws";
import { ADMIN, startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { ensureChatStream } from "../../scripts/chat-stream.mjs";
import { readRecentFrom } from "./jetstream-history";

// The Node `nats` package shares nats.ws's API, so the reader runs here over TCP
// against a real nats-server, as the restricted visitor a browser tab is.
const asWs = (nc: NatsConnection) => nc as unknown as WsConnection;

describe("jetstream-history against nats-server", () => {
  let server: NatsServer;
  let visitor: NatsConnection;
  beforeAll(async () => {
    server = await startNatsServer({ auth: true });
    await ensureChatStream(server.natsUrl, ADMIN);
    visitor = await connect({ servers: server.natsUrl });
    const js = visitor.jetstream();
    for (let i = 1; i <= 150; i++) await js.publish("chat.busy", `busy ${i}`);
    for (let i = 1; i <= 3; i++) await js.publish("chat.quiet", `quiet ${i}`, { msgID: `q${i}` });
    await js.publish("chat.quiet", "quiet 3 again", { msgID: "q3" });
    visitor.publish("elsewhere.x", "not captured");
  });
  afterAll(async () => {
    await visitor?.close();
    await server?.dispose();
  });

  it("history - the last N of each room, quiet rooms included, in stream order", async () => {
    const r = await readRecentFrom(asWs(visitor), { stream: "CHAT", filter: "chat.>", perSubject: 100 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const busy = r.messages.filter((m) => m.subject === "chat.busy").map((m) => m.text);
    const quiet = r.messages.filter((m) => m.subject === "chat.quiet").map((m) => m.text);
    expect(busy).toHaveLength(100);
    expect(busy[0]).toBe("busy 51");
    expect(busy.at(-1)).toBe("busy 150");
    // the retried publish (same Nats-Msg-Id) was stored once
    expect(quiet).toEqual(["quiet 1", "quiet 2", "quiet 3"]);
    const seqs = r.messages.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(r.messages[0]!.time).toBeGreaterThan(Date.now() - 60_000);
    expect(r.messages.find((m) => m.subject === "chat.quiet")!.headers).toEqual({ "Nats-Msg-Id": "q1" });
  });

  it("history - a literal room, an empty room", async () => {
    const quiet = await readRecentFrom(asWs(visitor), { stream: "CHAT", filter: "chat.quiet", perSubject: 2 });
    expect(quiet.ok && quiet.messages.map((m) => m.text)).toEqual(["quiet 2", "quiet 3"]);
    expect(await readRecentFrom(asWs(visitor), { stream: "CHAT", filter: "chat.nobody", perSubject: 100 })).toEqual({ ok: true, messages: [] });
  });

  it("history - a very wide read is cut to the newest stored messages", async () => {
    const r = await readRecentFrom(asWs(visitor), { stream: "CHAT", filter: "chat.>", perSubject: 100, maxRead: 10 });
    expect(r.ok && r.messages.map((m) => m.text)).toEqual(["busy 144", "busy 145", "busy 146", "busy 147", "busy 148", "busy 149", "busy 150", "quiet 1", "quiet 2", "quiet 3"]);
  });

  it("history - a stored message keeps its bytes and every header value, as a live one", async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const h = headers();
    h.append("X-Tag", "one");
    h.append("X-Tag", "two");
    await visitor.jetstream().publish("chat.bytes", bytes, { headers: h, msgID: "b1" });
    const r = await readRecentFrom(asWs(visitor), { stream: "CHAT", filter: "chat.bytes", perSubject: 10 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [m] = r.messages;
    expect([...m!.data]).toEqual([...bytes]);
    expect(m!.headerList).toEqual([["X-Tag", "one"], ["X-Tag", "two"], ["Nats-Msg-Id", "b1"]]);
    // the first value of each name, as before
    expect(m!.headers).toEqual({ "X-Tag": "one", "Nats-Msg-Id": "b1" });
  });

  it("history - a missing stream says how to create it", async () => {
    const r = await readRecentFrom(asWs(visitor), { stream: "NOPE", filter: "chat.>", perSubject: 100 });
    expect(r).toEqual({
      ok: false,
      failure: "no-stream",
      reason: expect.stringContaining("does not exist on this server (npm start creates it"),
      detail: { kind: "no-stream", stream: "NOPE" },
    });
  });

  it("history - a server without JetStream is named as such", async () => {
    const plain = await startNatsServer({ jetstream: false });
    const nc = await connect({ servers: plain.natsUrl });
    try {
      const r = await readRecentFrom(asWs(nc), { stream: "CHAT", filter: "chat.>", perSubject: 100, timeoutMs: 3000 });
      expect(r).toEqual({ ok: false, failure: "no-jetstream", reason: "JetStream is not enabled on this server", detail: { kind: "no-jetstream" } });
    } finally {
      await nc.close();
      await plain.dispose();
    }
  });
});
