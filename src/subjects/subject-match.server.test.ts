import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type NatsConnection } from "nats";
import { startNatsServer, type NatsServer } from "../../scripts/nats-server-process.mjs";
import { matches } from "./subject-match";

// The local matcher must agree with the real server: publish random subjects,
// subscribe random patterns, compare what nats-server delivered with `matches`.
const TOKENS = ["a", "b", "c", "A", "foo*", ">x"];

function seeded(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

describe("subject-match against nats-server", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
    nc = await connect({ servers: server.natsUrl });
  });
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  it("matches - agrees with the server on 4000 random pairs", async () => {
    const random = seeded(20261124);
    const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const prefix = "m" + Date.now();
    const subjects = new Set<string>();
    while (subjects.size < 80) {
      const n = 1 + Math.floor(random() * 4);
      subjects.add(Array.from({ length: n }, () => pick(TOKENS)).join("."));
    }
    const patterns = new Set<string>();
    while (patterns.size < 50) {
      const n = 1 + Math.floor(random() * 4);
      const tokens = Array.from({ length: n }, () => pick([...TOKENS, "*", "*"]));
      if (random() < 0.3) tokens[n - 1] = ">";
      patterns.add(tokens.join("."));
    }
    const delivered = new Map<string, Set<string>>();
    for (const p of patterns) {
      const got = new Set<string>();
      delivered.set(p, got);
      nc.subscribe(`${prefix}.${p}`, { callback: (_e, m) => got.add(m.subject.slice(prefix.length + 1)) });
    }
    await nc.flush();
    for (const s of subjects) nc.publish(`${prefix}.${s}`, "x");
    await nc.flush();
    // every delivery of the last publish has arrived once a round-trip after it
    await nc.flush();

    let pairs = 0;
    const disagreements: string[] = [];
    for (const p of patterns) {
      for (const s of subjects) {
        pairs++;
        const server = delivered.get(p)!.has(s);
        if (server !== matches(p, s)) disagreements.push(`${p} vs ${s}: server ${server}`);
      }
    }
    expect(pairs).toBe(4000);
    expect(disagreements).toEqual([]);
    const totalDelivered = [...delivered.values()].reduce((n, s) => n + s.size, 0);
    expect(totalDelivered).toBeGreaterThan(100);
  });
});
