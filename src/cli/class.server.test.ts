import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { ensureChatStream } from "../../scripts/chat-stream.mjs";
import { CONNECTIONS_PER_STUDENT } from "./class-schedule";
import { killAll, runCli } from "./test-cli-process";

// `npm run class` as a teacher runs it, against a real nats-server of its own
// (the class uses the lab's shared subjects: hotline, chat.general, fr.>).
describe("npm run class", () => {
  let server: NatsServer;
  const studentConnections = async () => {
    const connz = (await (await fetch(`${server.monitorUrl}/connz?limit=1024`)).json()) as { connections: { name?: string }[] };
    return connz.connections.map((c) => c.name ?? "").filter((name) => /^student-\d+-/.test(name)).sort();
  };
  beforeAll(async () => {
    server = await startNatsServer({ auth: true });
    await ensureChatStream(server.natsUrl, ADMIN);
  });
  afterAll(async () => {
    killAll();
    await server?.dispose();
  });

  it("class - 3 students for 5 s: their named connections on the server, live totals, a summary with non-zero totals, exit 0", async () => {
    const cls = runCli("class", ["--students", "3", "--duration", "5", "--seed", "1", "--servers", server.natsUrl]);
    await cls.waitFor(`all 3 students are in: ${3 * CONNECTIONS_PER_STUDENT} connections`);
    const names = await studentConnections();
    expect(names).toHaveLength(3 * CONNECTIONS_PER_STUDENT);
    for (const role of ["counter", "subjects", "sub-colmar", "sub-grand-est", "sub-strasbourg", "agent", "caller", "chat"]) {
      expect(names).toContain(`student-02-${role}`);
    }
    expect((await cls.exited).code, cls.stderr()).toBe(0);
    const out = cls.stdout();
    expect(out).toMatch(/\d+\/5 s · 24 connections · in \d+ msg\/s · out \d+ msg\/s/);
    const count = (re: RegExp) => Number(out.match(re)?.[1]?.replaceAll(",", "") ?? NaN);
    expect(out).toContain("Summary: 3 students, 24 connections");
    expect(count(/messages: ([\d,]+) sent/)).toBeGreaterThan(0);
    expect(count(/sent \([\d.]+ MB\), ([\d,]+) received/)).toBeGreaterThan(0);
    expect(count(/counter: ([\d,]+) values published/)).toBeGreaterThan(0);
    expect(count(/subjects: ([\d,]+) cities published/)).toBeGreaterThan(0);
    expect(out).toContain("each student saw 2 of the 2 others online at the end");
    // every connection was drained and closed
    await expect.poll(studentConnections).toEqual([]);
  });

  it("class - a bad command line exits with code 2; the help states the rates", async () => {
    const [zero, help] = [runCli("class", ["--students", "0"]), runCli("class", ["--help"])];
    expect((await zero.exited).code, zero.stderr()).toBe(2);
    expect(zero.stderr()).toContain("--students 0: out of range (1 to 300)");
    expect((await help.exited).code).toBe(0);
    expect(help.stdout()).toContain("each student sends about");
  });
});
