import { describe, expect, it } from "vitest";
import { clientUrl } from "./client-url";

describe("clientUrl", () => {
  it("clientUrl - the tab's host with the client port from INFO; ws gives nats://", () => {
    expect(clientUrl("ws://127.0.0.1:9222", { port: 4222 })).toBe("nats://127.0.0.1:4222");
    expect(clientUrl("ws://localhost:9222/", { port: 4333, host: "0.0.0.0" })).toBe("nats://localhost:4333");
    expect(clientUrl("ws://nats.example.edu:9222", { port: 4222, host: "127.0.0.1" })).toBe("nats://nats.example.edu:4222");
  });

  it("clientUrl - wss gives tls:// (the client port of a TLS WebSocket server is taken to be TLS too)", () => {
    expect(clientUrl("wss://h:9443")).toBe("tls://h:4222");
    expect(clientUrl("wss://nats.example.edu:9443/path", { port: 4443 })).toBe("tls://nats.example.edu:4443");
  });

  it("clientUrl - without INFO's port (or a nonsense one), the default 4222", () => {
    expect(clientUrl("ws://h:9222", {})).toBe("nats://h:4222");
    expect(clientUrl("ws://h:9222", { port: 0 })).toBe("nats://h:4222");
    expect(clientUrl("ws://h:9222", { port: -1 })).toBe("nats://h:4222");
  });

  it("clientUrl - a host INFO names for clients (client_advertise, a specific address) wins over the tab's", () => {
    expect(clientUrl("ws://10.0.0.5:9222", { port: 4222, host: "nats.example.edu" })).toBe("nats://nats.example.edu:4222");
    expect(clientUrl("wss://web.example.edu", { port: 4222, host: "192.168.1.10" })).toBe("tls://192.168.1.10:4222");
    for (const host of ["0.0.0.0", "::", "", "localhost", "127.0.0.1", "::1"])
      expect(clientUrl("ws://tab-host:9222", { port: 4222, host })).toBe("nats://tab-host:4222");
  });

  it("clientUrl - IPv6 hosts keep their brackets", () => {
    expect(clientUrl("ws://[::1]:9222", { port: 4222 })).toBe("nats://[::1]:4222");
    expect(clientUrl("ws://h:9222", { port: 4222, host: "2001:db8::1" })).toBe("nats://[2001:db8::1]:4222");
  });

  it("clientUrl - http(s) pages count as ws(s); something that is not a URL gives the local default", () => {
    expect(clientUrl("https://h:8443", { port: 4222 })).toBe("tls://h:4222");
    expect(clientUrl("not a url", { port: 4222 })).toBe("nats://127.0.0.1:4222");
  });
});
