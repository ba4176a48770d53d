import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { pythonWithNats } from "../../scripts/python-nats.mjs";
import { agentPrograms, requesterPrograms } from "./hotline-code";
import { programRunner } from "./run-program";

describe.each(["python", "node"] as const)("hotline programs in %s", (target) => {
  let server: NatsServer;
  let nc: NatsConnection;
  const runner = programRunner(target, pythonWithNats);
  let n = 0;
  const subject = () => `hotline.${target}.${Date.now().toString(36)}${n++}`;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
    nc = await connect({ servers: server.natsUrl, name: "observer" });
  });
  afterEach(() => runner.stopAll());
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  it("hotline - the agent answers the protocol's codes in its queue group, and ok: false to anything else", async (ctx) => {
    const s = subject();
    const program = runner.start(ctx, agentPrograms({ subject: s, queue: "hotline-agents", agentName: `agent-${target}` }, { url: server.natsUrl }, "en"));
    await program.waitFor(`answers ${s} in queue group hotline-agents`);
    const ask = async (body: string) => (await nc.request(s, body, { timeout: 5000 })).json<Record<string, unknown>>();
    const agent = `agent-${target}`;
    expect(await ask('{"code": "ping"}')).toEqual({ ok: true, code: "ping", result: "pong", agent });
    expect(await ask('{"code": "sum", "values": [1, 2, 3.5]}')).toEqual({ ok: true, code: "sum", result: 6.5, agent });
    expect(await ask('{"code": "sum", "values": []}')).toMatchObject({ ok: true, result: 0 });
    expect(await ask('{"code": "upper", "text": "héllo"}')).toMatchObject({ ok: true, result: "HÉLLO" });
    expect(await ask('{"code": "echo", "data": {"a": [1, null]}}')).toMatchObject({ ok: true, result: { a: [1, null] } });
    expect(await ask('{"code": "sleep", "ms": 5}')).toMatchObject({ ok: true, result: { sleptMs: 5 } });
    expect(await ask('{"code": "time"}')).toMatchObject({ ok: true, result: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
    const nope = await ask('{"code": "nope"}');
    expect(nope).toMatchObject({ ok: false, agent });
    expect(nope.error).toMatch(/unknown code "nope".*ping, echo, time, sum, upper, sleep/);
    for (const bad of ["", "not json", "[1, 2]", "{}", '{"code": "sum", "values": [1, "2"]}', '{"code": "sleep", "ms": -1}', '{"code": "upper"}'])
      expect(await ask(bad)).toMatchObject({ ok: false, error: expect.any(String), agent });
    // the subscription is in the queue group, as the server sees it
    const connz = await nc.request("$SYS.REQ.ACCOUNT.PING.CONNZ", JSON.stringify({ subscriptions_detail: true }));
    const subs = connz.json<{ data: { connections: { subscriptions_list_detail?: { subject: string; qgroup?: string }[] }[] } }>().data.connections.flatMap((c) => c.subscriptions_list_detail ?? []);
    expect(subs).toContainEqual(expect.objectContaining({ subject: s, qgroup: "hotline-agents" }));
  });

  it.for(["inbox", "request"] as const)("hotline - the %s requester prints the reply, then says no responders and timeout", async (mode, ctx) => {
    const s = subject();
    const answer = '{"ok":true,"code":"ping","result":"pong","agent":"node"}';
    const asked: string[] = [];
    const responder = nc.subscribe(s, { callback: (_e, m) => (asked.push(m.string()), m.respond(answer)) });
    await nc.flush();
    const conn = { url: server.natsUrl };
    const replied = runner.start(ctx, requesterPrograms({ subject: s, json: '{"code": "ping"}', timeoutMs: 5000, mode }, conn, "en"));
    expect(await replied.exited).toBe(0);
    expect(replied.lines).toContain(`reply: ${answer}`);
    expect(asked.map((a) => JSON.parse(a))).toEqual([{ code: "ping" }]);
    responder.unsubscribe();

    const nobody = runner.start(ctx, requesterPrograms({ subject: `${s}.nobody`, json: '{"code": "ping"}', timeoutMs: 5000, mode }, conn, "fr"));
    expect(await nobody.exited).toBe(0);
    expect(nobody.lines).toContain(`no responders: nobody subscribes to ${s}.nobody`);

    nc.subscribe(`${s}.silent`); // hears the request, never answers
    await nc.flush();
    const silent = runner.start(ctx, requesterPrograms({ subject: `${s}.silent`, json: "not json", timeoutMs: 200, mode }, conn, "en"));
    expect(await silent.exited).toBe(0);
    expect(silent.lines.some((l) => l.startsWith("timeout: no reply within"))).toBe(true);
  });
});
