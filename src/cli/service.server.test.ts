import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { ADMIN, startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { ensureChatStream } from "../../scripts/chat-stream.mjs";
import { pythonWithNats } from "../../scripts/python-nats.mjs";
import { connectNode } from "../nats/node-connection";
import type { NodeClient } from "../nats/node-connection";
import { nodeHost } from "../host/node-host";
import { createCounter } from "../features/counter/counter-controller";
import { killAll, runCli } from "./test-cli-process";

// `npm run service` as a person runs it: a child process (node --import tsx) against a real
// nats-server with the product's users, talking to Node clients, a Node
// controller and a nats-py client. Every wait is on what it prints or on what
// the other side received.
describe("npm run service", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  const nodes: NodeClient[] = [];
  let n = 0;
  const unique = (prefix: string) => `${prefix}.cli${Date.now().toString(36)}x${n++}`;
  const servers = () => `--servers=${server.natsUrl}`;
  const encode = (s: string) => new TextEncoder().encode(s);
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);

  beforeAll(async () => {
    server = await startNatsServer({ auth: true });
    await ensureChatStream(server.natsUrl, ADMIN);
    nc = await connect({ servers: server.natsUrl, name: "node-peer" });
  });
  afterAll(async () => {
    killAll();
    await Promise.allSettled([nc?.close(), ...nodes.map((c) => c.close())]);
    await server?.dispose();
  });

  it("service - a bad command line exits with code 2 and says what is wrong; --help exits 0", async () => {
    const cases: [string[], string][] = [
      [["nonsense"], "'nonsense' is not a service"],
      [["counter-publisher", "--interval", "5"], "--interval: 5 ms is too fast"],
      [["counter-publisher", "--servr", "x"], "did you mean --servers?"],
      [["subscriber", "fr..x"], "pattern: fr..x: empty token"],
      [["hotline-ask", "{"], "Invalid JSON"],
    ];
    const runs = cases.map(([args]) => runCli("service", args));
    const exits = await Promise.all(runs.map((r) => r.exited));
    cases.forEach(([, message], i) => {
      expect(exits[i]!.code, cases[i]![0].join(" ")).toBe(2);
      expect(runs[i]!.stderr()).toContain(message);
      expect(runs[i]!.stdout()).toBe("");
    });
    const help = runCli("service", ["--help"]);
    expect((await help.exited).code).toBe(0);
    expect(help.stdout()).toContain("npm run service -- <kind> [options]");
  });

  it("service - counter-publisher drives a Node counter controller: values, step and publisher name as a tab's", async () => {
    const subject = unique("compteur");
    const node = await connectNode({ servers: [server.natsUrl], name: "node-counter" });
    nodes.push(node);
    const counter = createCounter({ client: node.client, host: nodeHost() });
    try {
      counter.edit({ subject });
      await expect.poll(() => counter.store.getState().subscription).toBe("ready");
      const cli = runCli("service", ["counter-publisher", servers(), "--subject", subject, "--interval", "100", "--step", "3", "--start", "10", "--name", "cli-counter"]);
      await cli.waitFor(`published 16 on ${subject}`);
      await expect.poll(() => counter.store.getState().total).toBeGreaterThanOrEqual(3);
      const s = counter.store.getState();
      const values = s.history.map((r) => (r.reading.kind === "number" ? r.reading.value : NaN)).reverse();
      expect(values.slice(0, 3)).toEqual([10, 13, 16]);
      expect(s.latest?.publisher).toBe("cli-counter");
      expect(Object.values(s.publishers)[0]).toMatchObject({ name: "cli-counter", missed: 0 });
      expect((await cli.stop()).code).toBe(0);
      expect(cli.stdout()).toMatch(/stopped\n$/);
    } finally {
      counter.stop();
    }
  });

  it("service - counter-subscriber prints the values it receives and the gaps", async () => {
    const subject = unique("compteur");
    const cli = runCli("service", ["counter-subscriber", servers(), "--subject", subject]);
    await cli.waitFor(`waiting for a message on ${subject}…`);
    for (const v of ["2", "4", "10"]) nc.publish(subject, encode(v));
    await nc.flush();
    await cli.waitFor("10  from unknown  (missed 2 values (4 → 10))");
    expect(cli.stdout()).toContain("2  from unknown\n");
    expect(cli.stdout()).toContain("4  from unknown\n");
    expect((await cli.stop("SIGTERM")).code).toBe(0);
  });

  it("service - subscriber prints each message once with the patterns that received it; subjects-publisher sends random cities", async () => {
    const sub = runCli("service", ["subscriber", servers(), "fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg"]);
    await sub.waitFor("subscribed to fr.*.*.strasbourg");
    await sub.waitFor("subscribed to fr.grand_est.>");
    await sub.waitFor("subscribed to fr.grand_est.67.colmar");
    nc.publish("fr.grand_est.67.strasbourg", encode("from node"));
    await nc.flush();
    const out = await sub.waitFor(/fr\.grand_est\.67\.strasbourg {2}"from node" {2}← .*\(foreign\)/);
    const line = out.split("\n").find((l) => l.includes('"from node"'))!;
    expect(line.split("← ")[1]!.replace("  (foreign)", "").split(", ").sort()).toEqual(["fr.*.*.strasbourg", "fr.grand_est.>"]);
    expect(out.split("\n").filter((l) => l.includes('"from node"'))).toHaveLength(1);

    const seen: { subject: string; msgId?: string }[] = [];
    const cities = nc.subscribe("fr.>", { callback: (_e, m) => seen.push({ subject: m.subject, msgId: m.headers?.get("Playground-Msg-Id") }) });
    await nc.flush();
    const pub = runCli("service", ["subjects-publisher", servers(), "--every", "20"]);
    await expect.poll(() => seen.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    expect(seen.every((m) => /^fr\.[a-z_]+\.[0-9a-z]+\.[a-z_]+$/.test(m.subject) && m.msgId)).toBe(true);
    cities.unsubscribe();
    expect((await pub.stop()).code).toBe(0);
    expect((await sub.stop()).code).toBe(0);
  });

  it("service - hotline-agent answers a Node request in the queue group, and a nats-py request", async (ctx) => {
    const subject = unique("hotline");
    const agent = runCli("service", ["hotline-agent", servers(), "--name", "node-agent", "--subject", subject]);
    await agent.waitFor(`Answering on ${subject} as node-agent, in queue group hotline-agents`);
    const reply = await nc.request(subject, encode('{"code":"sum","values":[1,2,3.5]}'), { timeout: 5000 });
    expect(JSON.parse(decode(reply.data))).toEqual({ ok: true, code: "sum", result: 6.5, agent: "node-agent" });
    await agent.waitFor('call on ' + subject + ': {"code":"sum","values":[1,2,3.5]} → {"ok":true');
    // a member of the queue group, as the server sees it
    const connz = (await (await fetch(`${server.monitorUrl}/connz?subs=detail`)).json()) as {
      connections: { name?: string; subscriptions_list_detail?: { subject: string; qgroup?: string }[] }[];
    };
    const subs = connz.connections.find((c) => c.name === "node-agent")?.subscriptions_list_detail ?? [];
    expect(subs).toContainEqual(expect.objectContaining({ subject, qgroup: "hotline-agents" }));

    const py = pythonWithNats();
    if ("missing" in py) {
      console.warn(`[skip] the nats-py request: ${py.missing}`);
      await agent.stop();
      return ctx.skip(py.missing);
    }
    const script = [
      "import asyncio, sys, nats",
      "async def main():",
      "    nc = await nats.connect(sys.argv[1], name='py-asker')",
      "    msg = await nc.request(sys.argv[2], b'{\"code\":\"upper\",\"text\":\"bonjour nats\"}', timeout=5)",
      "    print(msg.data.decode(), flush=True)",
      "    await nc.close()",
      "asyncio.run(main())",
    ].join("\n");
    const { stdout } = await promisify(execFile)(py.python, ["-c", script, server.natsUrl, subject], { timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual({ ok: true, code: "upper", result: "BONJOUR NATS", agent: "node-agent" });
    expect((await agent.stop()).code).toBe(0);
  });

  it("service - hotline-ask prints a Node responder's reply and exits 0; exits 1 when nobody answers", async () => {
    const subject = unique("hotline");
    const responder = nc.subscribe(subject, {
      queue: "hotline-agents",
      callback: (_e, m) => m.respond(encode(JSON.stringify({ ok: true, code: "ping", result: "pong", agent: "node-responder" }))),
    });
    await nc.flush();
    // someone takes the call but never answers: a timeout, not "no responders"
    const silent = nc.subscribe(unique("silent"), { callback: () => undefined });
    await nc.flush();
    const ask = (...args: string[]) => runCli("service", ["hotline-ask", '{"code":"ping"}', servers(), ...args]);
    const [request, inbox, nobody, late] = [
      ask("--subject", subject, "--mode", "request"),
      ask("--subject", subject, "--mode", "inbox"),
      // a long timeout: the answer comes at once, from the server, without waiting for it
      ask("--subject", unique("nobody"), "--timeout", "60000"),
      ask("--subject", silent.getSubject(), "--timeout", "200"),
    ];
    for (const replied of [request, inbox]) {
      expect((await replied.exited).code, replied.stderr()).toBe(0);
      expect(replied.stdout()).toContain("Reply from node-responder");
      expect(replied.stdout()).toContain('"result": "pong"');
    }
    expect((await nobody.exited).code).toBe(1);
    expect(nobody.stdout()).toContain("No responders: Nobody is answering on");
    expect((await late.exited).code).toBe(1);
    expect(late.stdout()).toContain("Timeout: No answer within 200 ms");
    responder.unsubscribe();
    silent.unsubscribe();
  });

  it("service - chat prints a message posted in its room and posts the lines typed on stdin", async () => {
    const room = unique("chat");
    const received: { from?: string; text?: string }[] = [];
    const sub = nc.subscribe(room, { callback: (_e, m) => received.push(JSON.parse(decode(m.data))) });
    await nc.flush();
    const chat = runCli("service", ["chat", servers(), "--name", "cli-chat", "--rooms", room]);
    await chat.waitFor(`joined ${room}`);
    nc.publish(room, encode(JSON.stringify({ id: `n${Date.now()}`, from: "node-alice", text: "hello terminal", sentAt: Date.now() })));
    await chat.waitFor(`[${room}] node-alice: hello terminal`);

    chat.type("hello from the terminal");
    await expect.poll(() => received.find((m) => m.from === "cli-chat")).toMatchObject({ from: "cli-chat", text: "hello from the terminal" });
    await chat.waitFor(`[${room}] cli-chat: hello from the terminal`);
    sub.unsubscribe();
    expect((await chat.stop()).code).toBe(0);
  });
});
