import { describe, expect, it } from "vitest";
import { serversFromQuery } from "./servers-from-url";
import { describeServersProblem } from "./nats-text";
import fr from "./nats-text.fr";

describe("servers-from-url", () => {
  it("servers - default when absent", () => {
    expect(serversFromQuery("")).toEqual({ ok: true, servers: ["ws://localhost:9222", "ws://127.0.0.1:9222"], isDefault: true });
  });
  it("servers - a comma-separated list keeps its order", () => {
    expect(serversFromQuery("?servers=ws://a:1,wss://b:2")).toEqual({ ok: true, servers: ["ws://a:1", "wss://b:2"] });
  });
  it.each([
    ["?servers=", "empty", "is empty"],
    ["?servers=not a url", "not-a-url", "is not a URL"],
    ["?servers=http://localhost:9222", "http", "use ws://localhost:9222"],
    ["?servers=https://h:443", "http", "use wss://h"],
    ["?servers=nats://localhost:4222", "nats-tcp", "NATS TCP URL"],
    ["?servers=ftp://x", "scheme", "unsupported scheme ftp:"],
  ])("servers - %s is refused with a reason", (query, kind, reason) => {
    const result = serversFromQuery(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe(kind);
    expect(describeServersProblem(result.problem)).toContain(reason);
    expect(describeServersProblem(result.problem, fr)).toContain(query.slice(1, 9));
  });
});
