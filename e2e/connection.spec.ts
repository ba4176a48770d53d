import { test, expect, expectConnected } from "./support/fixtures";
import { CounterPage } from "./support/counter-page";

test("connection - status bar names the server, its version, an RTT and the client", async ({ openTab, nats }) => {
  const tab = await openTab({ name: "alice" });
  const p = tab.page;
  await expect(p.getByLabel("Server URL")).toHaveText(nats.wsUrl.replace(/^ws:\/\//, "ws://"));
  await expect(p.getByLabel("Server version")).toHaveText(/^2\.\d+\.\d+/);
  await expect(p.getByLabel("Round-trip time")).toHaveText(/\d+(\.\d)? ms/);
  await expect(p.getByLabel("This tab's client")).toHaveText("alice");
  const connz = await (await fetch(`${nats.monitorUrl}/connz`)).json();
  expect(connz.connections.map((c: { name?: string }) => c.name)).toContain("alice");
});

test("connection - a restarted server: the tab reconnects and still receives the counter", async ({ openTab, privateNats, uid }) => {
  const server = await privateNats();
  const tab = await openTab({ name: "alice", servers: server.wsUrl });
  const counter = new CounterPage(tab.page);
  const subject = `compteur.${uid}`;
  await counter.listenOn(subject);
  await counter.startPublishing({ subject, intervalMs: 200 });
  await expect.poll(() => counter.latestNumber()).toBeGreaterThanOrEqual(2);

  await server.stop();
  await expect(tab.page.getByRole("status", { name: "Connection status" })).toContainText("Reconnecting");
  await server.start();
  await expectConnected(tab.page);
  const after = await counter.latestNumber();
  await expect.poll(() => counter.latestNumber()).toBeGreaterThan(after + 4);
  // exactly one subscription after the restart (nats.ws re-sent it; we did not add another)
  const connz = await (await fetch(`${server.monitorUrl}/connz?subs=1`)).json();
  const alice = connz.connections.find((c: { name?: string }) => c.name === "alice");
  expect(alice.subscriptions_list.filter((s: string) => s === subject)).toHaveLength(1);
});

test("connection - no server at the URL: the page says so and keeps trying, then connects", async ({ openTab, privateNats }) => {
  const server = await privateNats();
  const url = server.wsUrl;
  await server.stop();
  const tab = await openTab({ servers: url, waitConnected: false });
  await expect(tab.page.getByRole("alert").filter({ hasText: `no server answered at ${url}` })).toBeVisible();
  await expect(tab.page.getByRole("tab", { name: "Counter" })).toBeVisible();
  await server.start();
  await expectConnected(tab.page, 20_000);
});

test("connection - a ?servers= that is not a WebSocket URL is explained", async ({ openTab }) => {
  const tab = await openTab({ servers: "http://localhost:9222", waitConnected: false });
  await expect(tab.page.getByRole("alert")).toContainText("use ws://localhost:9222");
  const bad = await openTab({ servers: "not a url", waitConnected: false });
  await expect(bad.page.getByRole("alert")).toContainText("is not a URL");
});

test("connection - the hash selects the panel and the tab updates the hash", async ({ openTab }) => {
  const tab = await openTab({ hash: "counter" });
  await expect(tab.page.getByRole("tab", { name: "Counter" })).toHaveAttribute("aria-selected", "true");
  await tab.page.getByRole("tab", { name: "Chat" }).click();
  await expect(tab.page).toHaveURL(/#chat$/);
  await tab.page.reload();
  await expect(tab.page.getByRole("tab", { name: "Chat" })).toHaveAttribute("aria-selected", "true");
});
