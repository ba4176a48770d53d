import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { pythonWithNats } from "../../scripts/python-nats.mjs";
import { clientUrl } from "./client-url";
import { connzPrograms } from "./network-code";
import { programRunner } from "./run-program";

describe.each(["python", "node"] as const)("connz program in %s", (target) => {
  let server: NatsServer;
  let nc: NatsConnection;
  const runner = programRunner(target, pythonWithNats);

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
  });
  afterEach(() => runner.stopAll());
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  it("network - lists a named client with its subscriptions and queue group, as a visitor may", async (ctx) => {
    const name = `named-${target}-${Date.now().toString(36)}`;
    nc = await connect({ servers: server.natsUrl, name });
    nc.subscribe(`fr.net.${name}`, { queue: "q1" });
    nc.subscribe(`fr.plain.${name}`);
    await nc.flush();
    const program = runner.start(ctx, connzPrograms({ url: server.natsUrl, name: `connz-${target}` }, "en"));
    expect(await program.exited).toBe(0);
    const at = program.lines.findIndex((l) => l.startsWith(`${name}  [nats.js`));
    expect(at, program.lines.join("\n")).toBeGreaterThanOrEqual(0);
    expect(program.lines.slice(at + 1, at + 3).sort()).toEqual([`    fr.net.${name}  queue q1  (0 msgs)`, `    fr.plain.${name}  (0 msgs)`]);
    expect(program.lines.some((l) => l.startsWith(`connz-${target}  [`))).toBe(true);
  });
});

describe("clientUrl against a real server", () => {
  it("clientUrl - the WebSocket INFO's client port gives the URL programs connect to", async (ctx) => {
    const server = await startNatsServer({ jetstream: false });
    try {
      // what a tab receives: the INFO line on the WebSocket (Node 20 needs the flag for its WebSocket)
      const script = `const ws = new WebSocket(${JSON.stringify(server.wsUrl)}); ws.binaryType = "arraybuffer";
        ws.onmessage = (e) => { process.stdout.write(new TextDecoder().decode(e.data)); ws.close(); };`;
      const r = spawnSync(process.execPath, ["--experimental-websocket", "-e", script], { encoding: "utf8", timeout: 10_000 });
      if (!r.stdout.startsWith("INFO ")) ctx.skip(`no WebSocket client in this Node (${process.version}): ${r.stderr.trim().split("\n")[0]}`);
      const info = JSON.parse(r.stdout.slice(5)) as { port?: number; host?: string };
      expect(clientUrl(server.wsUrl, info)).toBe(server.natsUrl);
    } finally {
      await server.dispose();
    }
  });
});
