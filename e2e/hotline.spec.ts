import { test, expect } from "./support/fixtures";
import { HotlinePage } from "./support/hotline-page";

test("hotline - two agent tabs share 20 calls from a requester tab, each answered exactly once", async ({ openTab, uid }) => {
  const subject = `hotline.${uid}`;
  const [alice, bob, carol] = await Promise.all(
    ["alice", "bob", "carol"].map((name) => openTab({ name, hash: "hotline" }).then((t) => new HotlinePage(t.page))),
  );
  await alice!.answer({ subject });
  await bob!.answer({ subject, replyWith: "publish to reply subject" });

  await carol!.ask({ subject, code: "sum", repeat: 20 });
  await expect(carol!.runSummary()).toContainText("20/20 done · 20 reply · answered by");
  await expect(carol!.history().filter({ hasText: "reply" })).toHaveCount(20);
  await expect(carol!.history().filter({ hasText: "alice" }).first()).toBeVisible();
  await expect(carol!.history().filter({ hasText: "bob" }).first()).toBeVisible();
  await expect(carol!.result()).toContainText(/Reply from (alice|bob)/);
  await expect(carol!.result()).toContainText('"result": 6.5');

  // the queue group gave each call to one agent only
  const handled = async () => (await alice!.callsHandled().count()) + (await bob!.callsHandled().count());
  await expect.poll(handled).toBe(20);
  const byAlice = await carol!.history().filter({ hasText: "alice" }).count();
  await expect(alice!.callsHandled()).toHaveCount(byAlice);
  await expect(bob!.callsHandled()).toHaveCount(20 - byAlice);
  await expect(bob!.callsHandled().first()).toContainText("publish to reply subject");
  await expect(alice!.callsHandled().first()).toContainText("msg.respond()");
});

test("hotline - with nobody answering, No responders shows at once, long before the timeout", async ({ openTab, uid }) => {
  const carol = new HotlinePage((await openTab({ name: "carol", hash: "hotline" })).page);
  for (const [i, askWith] of (["request()", "explicit inbox"] as const).entries()) {
    // a minute's timeout: the answer shows within the assertion's own wait, so it came from the server, not the clock
    await carol.fill({ subject: `hotline.${uid}.nobody`, timeoutMs: 60_000, askWith });
    await carol.sendButton().click();
    await expect(carol.history()).toHaveCount(i + 1);
    await expect(carol.result()).toContainText("No responders");
    await expect(carol.result()).not.toContainText("Timeout");
    await expect(carol.history().first()).toContainText("no responders");
  }
});

test("hotline - an agent that sleeps past the timeout gives Timeout, then replies too late", async ({ openTab, uid }) => {
  const subject = `hotline.${uid}`;
  const [alice, carol] = await Promise.all(
    ["alice", "carol"].map((name) => openTab({ name, hash: "hotline" }).then((t) => new HotlinePage(t.page))),
  );
  await alice!.answer({ subject });
  await carol!.ask({ subject, json: '{"code": "sleep", "ms": 1500}', timeoutMs: 400 });
  await expect(carol!.result()).toContainText("Timeout");
  await expect(carol!.result()).toContainText("No answer within 400 ms");
  await expect(carol!.history().first()).toContainText("timeout");
  // the agent did take the call, and answered after its sleep
  await expect(alice!.callsHandled().first()).toContainText('"sleptMs":1500', { timeout: 5000 });
  await expect(alice!.callsHandled().first()).toContainText(/handled in (1[5-9]\d\d|[2-9]\d{3}) ms/);
});

test("hotline - explicit inbox: the inbox the requester made is the one the agent replied to", async ({ openTab, uid }) => {
  const subject = `hotline.${uid}`;
  const [alice, carol] = await Promise.all(
    ["alice", "carol"].map((name) => openTab({ name, hash: "hotline" }).then((t) => new HotlinePage(t.page))),
  );
  await alice!.answer({ subject, replyWith: "publish to reply subject" });
  for (let i = 1; i <= 3; i++) {
    await carol!.ask({ subject, code: "upper", askWith: "explicit inbox" });
    await expect(carol!.result()).toContainText("Reply from alice");
    await expect(carol!.result()).toContainText('"result": "BONJOUR NATS"');
    await expect(carol!.result()).toContainText(/RTT \d+(\.\d)? ms/);
    const inbox = (await carol!.result().getByText(/^_INBOX\./).textContent())!;
    await expect(alice!.callsHandled()).toHaveCount(i);
    await expect(alice!.callsHandled().first()).toContainText(inbox);
  }
});

test("hotline - an error reply names the problem; turning the agent off means No responders", async ({ openTab, foreign, uid }) => {
  const subject = `hotline.${uid}`;
  const [alice, carol] = await Promise.all(
    ["alice", "carol"].map((name) => openTab({ name, hash: "hotline" }).then((t) => new HotlinePage(t.page))),
  );
  await alice!.answer({ subject, name: "standard" });
  await carol!.ask({ subject, json: '{"code": "sum", "values": [1, "2"]}' });
  await expect(carol!.result()).toContainText("Error reply from standard");
  await expect(carol!.result()).toContainText('\'sum\' needs numbers: "values"[1] is a string');
  await expect(carol!.history().first()).toContainText("error reply");

  await alice!.stopAnswering();
  // "Not answering" shows once the tab has sent its unsubscribe; wait until the server has it too
  await expect
    .poll(() => foreign.request(subject, "{}", { timeout: 1000 }).then(() => "answered", (e: { code?: string }) => String(e.code)))
    .toBe("503");
  await carol!.ask({ subject, code: "ping" });
  await expect(carol!.result()).toContainText("No responders");
});

test("hotline - picking a code fills its example, but never replaces JSON the user typed", async ({ openTab }) => {
  const carol = new HotlinePage((await openTab({ name: "carol", hash: "hotline" })).page);
  const p = carol.page;
  await p.getByLabel("Code", { exact: true }).selectOption("sum");
  await expect(carol.json()).toHaveValue(/"code": "sum"/);
  await carol.json().fill('{"code": "sum", "values": [40, 2]}');
  await p.getByLabel("Code", { exact: true }).selectOption("upper");
  await expect(carol.json()).toHaveValue('{"code": "sum", "values": [40, 2]}');
  await expect(p.getByText("Your edited JSON was kept.")).toBeVisible();
  await p.getByRole("button", { name: "Use the upper example" }).click();
  await expect(carol.json()).toHaveValue(/"code": "upper"/);
  await expect(p.getByText("Your edited JSON was kept.")).toHaveCount(0);
});

test("hotline - bad settings are refused inline and the agent keeps its last good subject", async ({ openTab, uid }) => {
  const subject = `hotline.${uid}`;
  const [alice, carol] = await Promise.all(
    ["alice", "carol"].map((name) => openTab({ name, hash: "hotline" }).then((t) => new HotlinePage(t.page))),
  );
  await alice!.answer({ subject });
  await alice!.page.getByLabel("Subject", { exact: true }).fill(`${subject}..x`);
  await expect(alice!.page.getByText("empty token")).toBeVisible();
  await expect(alice!.agentStatus()).toContainText(`Answering on ${subject} `);
  await carol!.fill({ subject: "hotline.*", timeoutMs: 0 });
  await carol!.sendButton().click();
  await expect(carol!.page.getByText("wildcards are for subscriptions")).toBeVisible();
  await expect(carol!.page.getByText("0 is out of range")).toBeVisible();
  await expect(carol!.history()).toHaveCount(0);
  await carol!.ask({ subject, timeoutMs: 2000 });
  await expect(carol!.result()).toContainText("Reply from alice");
});

test("hotline - a long Repeat run can be stopped; the calls made so far stay in the history", async ({ openTab, uid }) => {
  const subject = `hotline.${uid}`;
  const [alice, carol] = await Promise.all(
    ["alice", "carol"].map((name) => openTab({ name, hash: "hotline" }).then((t) => new HotlinePage(t.page))),
  );
  await alice!.answer({ subject });
  await carol!.fill({ subject, json: '{"code": "sleep", "ms": 200}', repeat: 50 });
  await carol!.sendButton().click();
  await expect(carol!.history()).not.toHaveCount(0);
  await carol!.page.getByRole("button", { name: "Stop" }).click();
  await expect(carol!.sendButton()).toBeEnabled();
  await expect(carol!.runSummary()).toContainText("(stopped)");
  const done = Number((await carol!.runSummary().textContent())!.match(/^(\d+)\/50 done/)![1]);
  expect(done).toBeLessThan(50);
  await expect(carol!.history()).toHaveCount(done);
  await expect(carol!.page.getByRole("button", { name: "Stop" })).toHaveCount(0);
});
