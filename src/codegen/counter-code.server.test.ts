import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connect } from "nats";
import type { Msg, NatsConnection } from "nats";
import { startNatsServer, ADMIN } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { pythonWithNats } from "../../scripts/python-nats.mjs";
import { counterPrograms } from "./counter-code";
import type { CounterCode } from "./counter-code";
import type { Conn } from "./codegen-types";
import { programRunner } from "./run-program";

// The Counter panel's programs, run for real against nats-server with the product's
// users and permissions; a Node `nats` client checks what they do.
describe.each(["python", "node"] as const)("counter programs in %s", (target) => {
  let server: NatsServer;
  let nc: NatsConnection;
  const runner = programRunner(target, pythonWithNats);
  let n = 0;
  const subject = () => `compteur.${target}.${Date.now().toString(36)}${n++}`;
  const settings = (s: Partial<CounterCode>): CounterCode => ({ subject: "compteur", intervalMs: 100, step: 2, start: 10, role: "publisher", ...s });
  const conn = (more: Partial<Conn> = {}): Conn => ({ url: server.natsUrl, name: `counter-${target}`, ...more });

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: false });
    nc = await connect({ servers: server.natsUrl, name: "observer" });
  });
  afterEach(() => runner.stopAll());
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  const collect = (s: string, count: number) => {
    const sub = nc.subscribe(s, { max: count });
    return (async () => {
      const got: Msg[] = [];
      for await (const m of sub) got.push(m);
      return got;
    })();
  };

  it("counter - the publisher sends start, start+step… as decimal text, and Ctrl-C closes it cleanly", async (ctx) => {
    const s = subject();
    const values = collect(s, 3);
    await nc.flush();
    const program = runner.start(ctx, counterPrograms(settings({ subject: s }), conn(), "en"));
    expect((await values).map((m) => m.string())).toEqual(["10", "12", "14"]);
    expect(await program.stop()).toBe(0);
  });

  it("counter - announced, each value carries the publisher's file name and its step as headers", async (ctx) => {
    const s = subject();
    const values = collect(s, 2);
    await nc.flush();
    const announce = { publisherHeader: "Playground-Publisher", stepHeader: "Playground-Step" };
    const programs = counterPrograms(settings({ subject: s, step: 5, announce }), conn(), "en");
    runner.start(ctx, programs);
    const got = await values;
    expect(got.map((m) => m.string())).toEqual(["10", "15"]);
    for (const m of got) {
      expect(m.headers?.get("Playground-Publisher")).toBe(programs[target].filename);
      expect(m.headers?.get("Playground-Step")).toBe("5");
    }
  });

  it("counter - the subscriber prints each value and flags a gap and a non-number", async (ctx) => {
    const s = subject();
    const program = runner.start(ctx, counterPrograms(settings({ subject: s, role: "subscriber" }), conn(), "fr"));
    await program.waitFor(`listening on ${s}`);
    for (const v of ["10", "12", "16", "douze"]) nc.publish(s, v);
    await program.waitFor("not a number");
    expect(program.lines).toContain(`${s}: 10`);
    expect(program.lines).toContain(`${s}: 12`);
    expect(program.lines).toContain(`${s}: 16  (gap: missed 1 after 12)`);
  });

  it("counter - credentials come from the environment: the right ones connect, wrong ones are refused", async (ctx) => {
    const s = subject();
    const programs = counterPrograms(settings({ subject: s }), conn({ credentials: true }), "en");
    expect(programs[target].code).not.toContain(ADMIN.pass);
    // (nats-py keeps trying and says so each time; the Node client gives up at once)
    const refused = runner.start(ctx, programs, { NATS_USER: ADMIN.user, NATS_PASSWORD: "wrong" });
    await refused.waitFor(/authori[sz]ation/i);
    await refused.stop();
    const values = collect(s, 2);
    await nc.flush();
    runner.start(ctx, programs, { NATS_USER: ADMIN.user, NATS_PASSWORD: ADMIN.pass });
    expect((await values).map((m) => m.string())).toEqual(["10", "12"]);
  });
});
