import { describe, expect, it } from "vitest";
import { serversFromQuery } from "./servers-from-url";

describe("servers-from-url", () => {
  it("servers - default when absent", () => {
    expect(serversFromQuery("")).toEqual({ ok: true, servers: ["ws://localhost:9222", "ws://127.0.0.1:9222"], isDefault: true });
  });
  it("servers - a comma-separated list keeps its order", () => {
    expect(serversFromQuery("?servers=ws://a:1,wss://b:2")).toEqual({ ok: true, servers: ["ws://a:1", "wss://b:2"] });
  });
  it.each([
    ["?servers=", "is empty"],
    ["?servers=not a url", "is not a URL"],
    ["?servers=http://localhost:9222", "use ws://localhost:9222"],
    ["?servers=https://h:443", "use wss://h"],
    ["?servers=nats://localhost:4222", "NATS TCP URL"],
    ["?servers=ftp://x", "unsupported scheme ftp:"],
  ])("servers - %s is refused with a reason", (query, reason) => {
    const result = serversFromQuery(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });
});
