import { readFileSync } from "node:fs";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { test, expect } from "./support/fixtures";
import { NetworkPage } from "./support/network-page";
import { CounterPage } from "./support/counter-page";
import { requirePython, startPythonSubscriber } from "./support/python-client";
import type { PythonClient } from "./support/python-client";
import { startNatsCluster } from "../scripts/nats-server-process.mjs";
import type { NatsServer } from "../scripts/nats-server-process.mjs";

const LAB = { colmar: "fr.grand_est.67.colmar", grandEst: "fr.grand_est.>", strasbourg: "fr.*.*.strasbourg" };
const STRASBOURG = "fr.grand_est.67.strasbourg";

async function service(url: string, name: string, subject: string, queue?: string): Promise<NatsConnection> {
  const nc = await connect({ servers: url, name });
  nc.subscribe(subject, { queue });
  await nc.flush();
  return nc;
}

// The lab's V.2 as foreign services (the Node `nats` package and a real nats-py
// client), seen from one tab's Network panel. (A tab subscribes for a panel once
// that panel is opened: this one has only opened the Network.)
test("network - the lab's V.2 with foreign subscribers: every client, its subscriptions and queue groups, who receives fr.grand_est.67.strasbourg", async ({ openTab, privateNats }) => {
  const python = requirePython();
  const server = await privateNats();
  const foreign = [
    await service(server.natsUrl, "colmar", LAB.colmar),
    await service(server.natsUrl, "grand-est", LAB.grandEst),
    await service(server.natsUrl, "node-strasbourg", LAB.strasbourg),
    await service(server.natsUrl, "agent-1", "hotline", "hotline-agents"),
    await service(server.natsUrl, "agent-2", "hotline", "hotline-agents"),
  ];
  const py: PythonClient = startPythonSubscriber(python, server.natsUrl, "py-strasbourg", [LAB.strasbourg]);
  try {
    await py.ready;
    const tab = await openTab({ name: "teacher", hash: "network", servers: server.wsUrl });
    const net = new NetworkPage(tab.page);
    await net.expectClient("colmar", [LAB.colmar]);
    await net.expectClient("grand-est", [LAB.grandEst]);
    await net.expectClient("node-strasbourg", [LAB.strasbourg]);
    await net.expectClient("py-strasbourg", [LAB.strasbourg]);
    await net.expectClient("agent-1", ["hotline"]);
    await expect(net.client("agent-1")).toContainText("queue hotline-agents");
    await expect(net.client("py-strasbourg")).toContainText("Python");
    await expect(net.client("grand-est")).toContainText("Node.js");
    await expect(net.client("teacher")).toContainText("this tab");
    await expect(net.client("teacher")).toContainText("browser tab");

    await net.check(STRASBOURG);
    await expect.poll(() => net.receiverRows().then((r) => r.sort())).toEqual(
      [`grand-est ${LAB.grandEst}`, `node-strasbourg ${LAB.strasbourg}`, `py-strasbourg ${LAB.strasbourg}`].sort(),
    );
    await expect(tab.page.getByText("4 clients get nothing (no matching subscription).")).toBeVisible();
    // each row says why, token by token
    const row = net.receivers().filter({ hasText: "py-strasbourg" });
    await row.getByText("Why").click();
    await expect(row).toContainText("token 4: 'strasbourg' equals 'strasbourg'");

    await net.sendTest();
    await expect(net.testStatus()).toContainText("The server agrees: it counted 3 deliveries where predicted.");
    await expect(row).toContainText("received (+1)");
    // and the Python service really printed it
    await expect.poll(() => py.lines.some((l) => l.startsWith(`${STRASBOURG} network test`))).toBe(true);

    await net.check("hotline");
    await expect(net.receivers()).toHaveCount(2);
    await expect(net.receivers().first()).toContainText("one of 2 members of queue hotline-agents gets it");
    await net.sendTest();
    await expect(net.testStatus()).toContainText("The server agrees");
    await expect(net.receivers().filter({ hasText: "received (+1)" })).toHaveCount(1);
    await expect(net.receivers().filter({ hasText: "another member of the queue got it" })).toHaveCount(1);

    // a client that goes away leaves the list
    await foreign[0]!.close();
    await expect(net.client("colmar")).toHaveCount(0);
    await py.stop();
    await expect(net.client("py-strasbourg")).toHaveCount(0);
  } finally {
    await py.stop();
    await Promise.allSettled(foreign.map((c) => c.close()));
  }
});

test("network - a subject nobody receives, and a bad subject, are said plainly", async ({ openTab, privateNats }) => {
  const server = await privateNats();
  const tab = await openTab({ hash: "network", servers: server.wsUrl });
  const net = new NetworkPage(tab.page);
  await expect(net.client(tab.name)).toBeVisible();
  await net.check("time.us.east.atlanta");
  await expect(tab.page.getByText("Nobody receives time.us.east.atlanta")).toBeVisible();
  await net.check("fr..paris");
  await expect(tab.page.getByText("fr..paris: empty token (between dots at token 2)")).toBeVisible();
  await net.sendTest();
  await expect(net.testStatus()).toHaveCount(0);
  await expect(tab.page.getByLabel("Subject to check")).toHaveValue("fr..paris");
});

test("network - permissions: visitors may ask CONNZ and STATZ of their account, nothing else of $SYS", async ({ nats }) => {
  const visitor = await connect({ servers: nats.natsUrl, name: "curious-visitor" });
  try {
    const connz = JSON.parse(new TextDecoder().decode((await visitor.request("$SYS.REQ.ACCOUNT.PING.CONNZ", "{}", { timeout: 3000 })).data));
    expect(connz.data.connections.some((c: { name?: string }) => c.name === "curious-visitor")).toBe(true);
    const statz = JSON.parse(new TextDecoder().decode((await visitor.request("$SYS.REQ.ACCOUNT.PING.STATZ", "{}", { timeout: 3000 })).data));
    expect(statz.data.account_statz[0].acc).toBe("PLAYGROUND");
    for (const subject of ["$SYS.REQ.SERVER.PING.VARZ", "$SYS.REQ.SERVER.PING.CONNZ", "$SYS.REQ.ACCOUNT.PLAYGROUND.CONNZ", "$SYS.REQ.ACCOUNT.PING.JSZ", "$SYS.REQ.USER.INFO"]) {
      await expect(visitor.request(subject, "{}", { timeout: 3000 }), subject).rejects.toMatchObject({ code: "PERMISSIONS_VIOLATION" });
    }
  } finally {
    await visitor.close();
  }
});

test("network - the teacher's off switch ($SYS.> denied again): the panel says why, the rest of the app works", async ({ openTab, privateNats, foreign: _unused, uid }) => {
  // README: replace the $SYS lines of the publish deny list with "$SYS.>"
  const rules = readFileSync("nats-auth.conf", "utf8").replace(/("\$SYS\.[^"]*"\s*\n\s*)+/, '"$SYS.>"\n');
  expect(rules).not.toContain('"$SYS.REQ.SERVER.>"');
  expect(rules).toContain('"$SYS.>"');
  const server = await privateNats({ authRules: rules });
  const tab = await openTab({ hash: "network", servers: server.wsUrl });
  const net = new NetworkPage(tab.page);
  await expect(net.status()).toContainText("The server will not say who is connected: permission denied");
  await expect(tab.page.getByRole("button", { name: "Try again" })).toBeVisible();
  const counter = new CounterPage(tab.page);
  await counter.open();
  await counter.listenOn(`compteur.${uid}`);
  const other = await connect({ servers: server.natsUrl });
  other.publish(`compteur.${uid}`, "42");
  await other.flush();
  await expect(counter.latest()).toHaveText("42");
  await other.close();
});

test("network - a 3-node cluster: every node's clients merged, each named with its node, receivers across nodes", async ({ openTab }) => {
  const nodes: NatsServer[] = await startNatsCluster({ allowedOrigins: [`http://127.0.0.1:${process.env.PLAYGROUND_APP_PORT}`] });
  const foreign: NatsConnection[] = [];
  try {
    foreign.push(await service(nodes[2]!.natsUrl, "on-node-3", LAB.grandEst));
    const teacher = await openTab({ name: "teacher", hash: "network", servers: nodes[0]!.wsUrl });
    await openTab({ name: "student", hash: "counter", servers: nodes[1]!.wsUrl });
    const net = new NetworkPage(teacher.page);
    await expect(net.status()).toContainText("on 3 servers");
    await expect(net.client("on-node-3")).toContainText("on node-3");
    await expect(net.client("student")).toContainText("on node-2");
    await expect(net.client("teacher")).toContainText("on node-1");
    await net.check("fr.grand_est.67.colmar");
    await expect.poll(() => net.receiverRows().then((r) => r.filter((x) => x.startsWith("on-node-3")))).toEqual([`on-node-3 ${LAB.grandEst}`]);
    await net.sendTest();
    await expect(net.testStatus()).toContainText("The server agrees", { timeout: 15_000 });
  } finally {
    await Promise.allSettled(foreign.map((c) => c.close()));
    await Promise.allSettled(nodes.map((n) => n.dispose()));
  }
});
