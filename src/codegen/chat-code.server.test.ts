import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { Msg, NatsConnection } from "nats";
import { startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { pythonWithNats } from "../../scripts/python-nats.mjs";
import { chatPrograms } from "./chat-code";
import { programRunner } from "./run-program";

type Envelope = { id: string; from: string; text: string; sentAt: number; replyTo?: Record<string, unknown>; forwardedFrom?: Record<string, unknown> };

describe.each(["python", "node"] as const)("chat program in %s", (target) => {
  let server: NatsServer;
  let nc: NatsConnection;
  const runner = programRunner(target, pythonWithNats);

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
    nc = await connect({ servers: server.natsUrl, name: "node-user" });
  });
  afterEach(() => runner.stopAll());
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  it("chat - prints what others post (envelope or plain text), posts typed lines, replies and forwards", async (ctx) => {
    const room = `chat.${target}${Date.now().toString(36)}`;
    const seen: Msg[] = [];
    const arrived = (n: number) => expect.poll(() => seen.length).toBeGreaterThanOrEqual(n);
    nc.subscribe(`${room}.>`, { callback: (_e, m) => seen.push(m) });
    await nc.flush();
    const name = `py'"${target}`;
    const program = runner.start(ctx, chatPrograms({ name, rooms: [`${room}.*`], postTo: `${room}.general` }, { url: server.natsUrl, name: `chat-${target}` }, "fr"));
    await program.waitFor("Ctrl-D quits");

    nc.publish(`${room}.salon`, "plain words");
    await program.waitFor(`[${room}.salon] unnamed: plain words`);
    const original = { id: "abc123", from: "node", text: "bonjour\nà tous", sentAt: 1700000000000 };
    nc.publish(`${room}.salon`, JSON.stringify(original));
    await program.waitFor(`[${room}.salon] node: bonjour`);

    program.write("salut {{x}} 'toi'\n");
    await arrived(3);
    const posted = seen[2]!;
    const env = posted.json<Envelope>();
    expect(posted.subject).toBe(`${room}.general`);
    expect(env).toMatchObject({ from: name, text: "salut {{x}} 'toi'" });
    expect(posted.headers?.get("Nats-Msg-Id")).toBe(env.id);
    await program.waitFor(`[${room}.general] ${name}: salut`); // its own message comes back: it is subscribed to the room

    program.write("/reply merci\n");
    await arrived(4);
    expect(seen[3]!.subject).toBe(`${room}.salon`);
    expect(seen[3]!.json<Envelope>()).toMatchObject({ from: name, text: "merci", replyTo: { id: "abc123", from: "node", text: "bonjour\nà tous", subject: `${room}.salon` } });

    program.write(`/fwd ${room}.ailleurs\n`);
    await arrived(5);
    expect(seen[4]!.subject).toBe(`${room}.ailleurs`);
    expect(seen[4]!.json<Envelope>()).toMatchObject({ from: name, text: "bonjour\nà tous", forwardedFrom: { id: "abc123", from: "node", subject: `${room}.salon`, sentAt: 1700000000000 } });

    program.write("/fwd not a subject\n");
    await program.waitFor("not a subject to publish on");
    program.endInput();
    expect(await program.exited).toBe(0);
    expect(seen).toHaveLength(5);
  });
});
