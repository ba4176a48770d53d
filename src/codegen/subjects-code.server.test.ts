import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { Msg, NatsConnection } from "nats";
import { startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { pythonWithNats } from "../../scripts/python-nats.mjs";
import { publisherPrograms, subscriptionsPrograms } from "./subjects-code";
import { programRunner } from "./run-program";

const LAB_PATTERNS = ["fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg"];

describe.each(["python", "node"] as const)("subjects programs in %s", (target) => {
  let server: NatsServer;
  let nc: NatsConnection;
  const runner = programRunner(target, pythonWithNats);

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
    nc = await connect({ servers: server.natsUrl, name: "observer" });
  });
  afterEach(() => runner.stopAll());
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  it("subjects - the subscriptions program says which of the lab's patterns got each message", async (ctx) => {
    const program = runner.start(ctx, subscriptionsPrograms({ patterns: LAB_PATTERNS }, { url: server.natsUrl, name: `subs-${target}` }, "fr"));
    await program.waitFor("subscribed to 3 patterns");
    nc.publish("fr.grand_est.67.strasbourg", "bonjour 'à' \"tous\"");
    await program.waitFor(`[fr.grand_est.>] fr.grand_est.67.strasbourg: bonjour 'à' "tous"`);
    await program.waitFor(`[fr.*.*.strasbourg] fr.grand_est.67.strasbourg: bonjour 'à' "tous"`);
    // a later message to colmar reaches the colmar subscription: had it got the Strasbourg one, it would have printed it first
    nc.publish("fr.grand_est.67.colmar", "sentinel");
    await program.waitFor("[fr.grand_est.67.colmar] fr.grand_est.67.colmar: sentinel");
    expect(program.lines.filter((l) => l.includes("strasbourg:"))).toHaveLength(2);
  });

  it("subjects - the publisher program's messages arrive with their payload and headers, a repeated name included", async (ctx) => {
    const subject = `fr.pub.${target}.${Date.now().toString(36)}`;
    const sub = nc.subscribe(subject, { max: 2 });
    const got = (async () => {
      const all: Msg[] = [];
      for await (const m of sub) all.push(m);
      return all;
    })();
    await nc.flush();
    const payload = "ligne 1\nit's \"quoted\" \\ #{n} on {subject}";
    const headers: [string, string][] = [["X-Tag", "a"], ["X-Tag", "b"], ["X-Other", "c d"]];
    const program = runner.start(ctx, publisherPrograms({ subject, payload, headers, count: 2, everyMs: 10 }, { url: server.natsUrl }, "en"));
    const msgs = await got;
    expect(msgs.map((m) => m.string())).toEqual([1, 2].map((n) => `ligne 1\nit's "quoted" \\ #${n} on ${subject}`));
    for (const m of msgs) {
      // nats-py takes a dict: one value per name, so it joins a repeated one (the generated comment says so)
      expect(m.headers?.values("X-Tag")).toEqual(target === "python" ? ["a, b"] : ["a", "b"]);
      expect(m.headers?.get("X-Other")).toBe("c d");
    }
    expect(await program.exited).toBe(0);
  });
});
