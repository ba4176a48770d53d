import { describe, expect, it } from "vitest";
import type { AccountConnection, ServerConnz } from "../../nats/account-connz";
import { parseConnz } from "../../nats/account-connz";
import { kindOf, merge, roleOf } from "./network-model";

const conn = (cid: number, patch: Partial<AccountConnection> = {}): AccountConnection => ({
  cid, start: 1000, inMsgs: 0, outMsgs: 0, inBytes: 0, outBytes: 0, pendingBytes: 0, subs: [], ...patch,
});
const server = (id: string, connections: AccountConnection[], total = connections.length): ServerConnz => ({ serverId: id, serverName: `n-${id}`, total, connections });

describe("network model", () => {
  it("kind - from the client library, the transport and the name", () => {
    expect(kindOf({ lang: "nats.ws", type: "websocket" })).toBe("browser");
    expect(kindOf({ lang: "python3", type: "nats" })).toBe("python");
    expect(kindOf({ lang: "go", name: "NATS CLI Version 0.1.5" })).toBe("cli");
    expect(kindOf({ lang: "go", name: "my-service" })).toBe("go");
    expect(kindOf({ lang: "nats.js", type: "nats" })).toBe("node");
    expect(kindOf({ lang: ".NET" })).toBe("dotnet");
    expect(kindOf({})).toBe("other");
  });

  it("role - inboxes, presence and JetStream are the library's or the playground's, not the lab's", () => {
    expect(roleOf("_INBOX.abc.*")).toBe("inbox");
    expect(roleOf("presence.chat.>")).toBe("presence");
    expect(roleOf("$JS.API.CONSUMER.INFO.CHAT.x")).toBe("jetstream");
    expect(roleOf("fr.grand_est.>")).toBe("lab");
    expect(roleOf("hotline")).toBe("lab");
  });

  it("merge - every server's connections, keyed by server and cid; the asking tab found by its inbox", () => {
    const s = merge(
      [
        server("B", [conn(7, { name: "bob", subs: [{ subject: "fr.*.*.strasbourg", msgs: 2 }] })]),
        server("A", [conn(7, { name: "alice", lang: "nats.ws", subs: [{ subject: "_INBOX.XYZ.*", msgs: 9 }] }), conn(8)]),
      ],
      5000,
      undefined,
      "_INBOX.XYZ.42",
    );
    expect(s.servers.map((x) => x.name)).toEqual(["n-A", "n-B"]);
    expect(s.clients.map((c) => [c.key, c.name, c.isMe])).toEqual([
      ["A/7", "alice", true],
      ["B/7", "bob", false],
      ["A/8", undefined, false],
    ]);
    expect(s.clients[1]!.subs[0]).toEqual({ subject: "fr.*.*.strasbourg", msgs: 2, role: "lab" });
    expect(s.truncated).toBe(false);
  });

  it("merge - rates from one refresh to the next; a server listing fewer than its total is said", () => {
    const first = merge([server("A", [conn(1, { inMsgs: 10, outMsgs: 0 })])], 1000, undefined);
    expect(first.clients[0]!.inRate).toBeUndefined();
    const second = merge([server("A", [conn(1, { inMsgs: 40, outMsgs: 5 })], 3)], 3000, first);
    expect(second.clients[0]!.inRate).toBe(15);
    expect(second.clients[0]!.outRate).toBe(2.5);
    expect(second.truncated).toBe(true);
  });

  it("parse - a real 2.9 answer: names, queue groups, per-subscription counts, no addresses kept", () => {
    const text = JSON.stringify({
      server: { name: "playground", id: "NID", ver: "2.9.10" },
      data: {
        total: 1,
        connections: [
          {
            cid: 6, kind: "Client", type: "nats", ip: "10.0.0.7", port: 53868, start: "2026-12-02T01:43:06.349464597Z",
            pending_bytes: 0, in_msgs: 3, out_msgs: 4, name: "py", lang: "python3", version: "2.9.0",
            subscriptions_list_detail: [{ subject: "fr.grand_est.>", qgroup: "q1", sid: "1", msgs: 5, cid: 6 }],
          },
        ],
      },
    });
    const parsed = parseConnz(text);
    expect(parsed).toMatchObject({ serverId: "NID", serverName: "playground", version: "2.9.10", total: 1 });
    if ("error" in parsed) return;
    const c = parsed.connections[0]!;
    expect(c).toMatchObject({ cid: 6, name: "py", lang: "python3", inMsgs: 3, outMsgs: 4, subs: [{ subject: "fr.grand_est.>", queue: "q1", msgs: 5 }] });
    expect(c.start).toBe(Date.parse("2026-12-02T01:43:06.349Z"));
    expect(JSON.stringify(c)).not.toContain("10.0.0.7");
    expect(parseConnz("not json")).toMatchObject({ error: expect.stringContaining("not JSON") });
  });
});
