import { test, expect } from "./support/fixtures";
import { CounterPage } from "./support/counter-page";
import { HotlinePage } from "./support/hotline-page";
import { startService } from "./support/class-process";

// `npm run service` as a person runs it (node --import tsx, a child process over TCP), with browser tabs on the other side.
const services: ReturnType<typeof startService>[] = [];
const service = (args: string[]) => {
  const s = startService(args);
  services.push(s);
  return s;
};
test.afterEach(() => services.splice(0).forEach((s) => s.kill()));

test("services - npm run service hotline-agent answers a tab's request; counter-publisher drives two tabs' Counter", async ({ openTab, nats, uid }) => {
  const hotlineSubject = `hotline.${uid}`;
  const counterSubject = `compteur.${uid}`;
  const agent = service(["hotline-agent", `--servers=${nats.natsUrl}`, "--name", "node-agent", "--subject", hotlineSubject]);
  await agent.waitFor(`Answering on ${hotlineSubject} as node-agent`);

  const [a, b] = await Promise.all([openTab({ name: "alice", hash: "hotline" }), openTab({ name: "bob" })]);
  const hotline = new HotlinePage(a.page);
  await hotline.ask({ subject: hotlineSubject, code: "sum", json: '{"code":"sum","values":[1,2,3.5]}' });
  await expect(hotline.result()).toContainText("Reply from node-agent");
  await expect(hotline.result()).toContainText("6.5");
  await agent.waitFor(`call on ${hotlineSubject}`);

  await a.page.getByRole("tab", { name: "Counter" }).click();
  const [ca, cb] = [new CounterPage(a.page), new CounterPage(b.page)];
  await ca.listenOn(counterSubject);
  await cb.listenOn(counterSubject);
  const publisher = service(["counter-publisher", `--servers=${nats.natsUrl}`, "--name", "node-counter", "--subject", counterSubject, "--interval", "1000", "--step", "3", "--start", "10"]);
  // the history keeps the last 20 values: at one a second the first three stay for 20 s
  for (const counter of [ca, cb]) {
    await expect.poll(async () => (await counter.historyOldestFirst()).slice(0, 3), { timeout: 15_000 }).toEqual(["10", "13", "16"]);
    await expect(counter.latestDetails()).toContainText("node-counter");
  }
  const stopped = await publisher.stop();
  expect(stopped.code, stopped.output).toBe(0);
  const agentStopped = await agent.stop();
  expect(agentStopped.code, agentStopped.output).toBe(0);
});
