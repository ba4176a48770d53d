import { connect } from "nats";
import { test, expect, expectConnected } from "./support/fixtures";
import { CounterPage } from "./support/counter-page";
import { ADMIN } from "../scripts/nats-server-process.mjs";
import { ensureChatStream } from "../scripts/chat-stream.mjs";

test("security - a denied subscription is named in the UI; the connection and the panel keep working", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ name: "mallory" });
  const counter = new CounterPage(tab.page);
  await tab.page.getByLabel("Subject").fill("$SYS.ACCOUNT.x");
  await expect(tab.page.getByRole("alert").filter({ hasText: "permission denied: this tab may not subscribe to '$SYS.ACCOUNT.x'" }).first()).toBeVisible();
  await expect(counter.latestDetails()).toHaveText("not receiving: the server refused the subscription to $SYS.ACCOUNT.x");
  await expectConnected(tab.page);
  const subject = `compteur.${uid}`;
  await counter.listenOn(subject);
  foreign.publish(subject, "7");
  await expect(counter.latest()).toHaveText("7");
});

test("security - a denied publish is named in the UI, nothing reaches subscribers, the tab stays connected", async ({ openTab, nats }) => {
  const admin = await connect({ servers: nats.natsUrl, ...ADMIN });
  const seen: string[] = [];
  admin.subscribe("$SYS.playground.test", { callback: (_e, m) => seen.push(m.subject) });
  await admin.flush();
  const tab = await openTab({ name: "mallory" });
  const counter = new CounterPage(tab.page);
  await counter.startPublishing({ subject: "$SYS.playground.test", intervalMs: 200 });
  await expect(tab.page.getByRole("alert").filter({ hasText: "may not publish to '$SYS.playground.test'" }).first()).toBeVisible();
  await expectConnected(tab.page);
  await admin.flush();
  expect(seen).toEqual([]);
  await admin.close();
});

test("security - visitors (every browser tab) cannot delete, purge or create streams; admin can", async ({ nats }) => {
  await ensureChatStream(nats.natsUrl, ADMIN);
  const visitor = await connect({ servers: nats.natsUrl, name: "visitor-like-a-tab" });
  const jsm = await visitor.jetstreamManager();
  await expect(jsm.streams.delete("CHAT")).rejects.toThrow(/Permissions Violation for Publish to "\$JS.API.STREAM.DELETE.CHAT"/);
  await expect(jsm.streams.purge("CHAT")).rejects.toThrow(/Permissions Violation/);
  await expect(jsm.streams.add({ name: "EVIL", subjects: ["evil.>"] })).rejects.toThrow(/Permissions Violation/);
  // reading the history is allowed
  expect((await jsm.streams.info("CHAT")).config.name).toBe("CHAT");
  await visitor.close();
  const admin = await connect({ servers: nats.natsUrl, ...ADMIN });
  const ajsm = await admin.jetstreamManager();
  expect((await ajsm.streams.info("CHAT")).config.subjects).toEqual(["chat.>"]);
  await admin.close();
});

test("security - the admin user is refused with a wrong password", async ({ nats }) => {
  await expect(connect({ servers: nats.natsUrl, user: "admin", pass: "wrong" })).rejects.toThrow(/Authorization Violation/i);
});

test("security - classroom credentials come from the link, leave the address bar, and a wrong one is named", async ({ browser, privateNats }) => {
  const server = await privateNats({ auth: false, extraConfig: "authorization { users: [ { user: student, password: s3cret } ] }" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/?servers=${server.wsUrl}&name=stu&user=student&pass=s3cret#counter`);
  await expectConnected(page);
  expect(page.url()).not.toContain("s3cret");
  expect(page.url()).toContain("name=stu");
  await page.reload();
  await expectConnected(page);
  const wrong = await (await browser.newContext()).newPage();
  await wrong.goto(`/?servers=${server.wsUrl}&user=student&pass=nope#counter`);
  await expect(wrong.getByRole("alert").filter({ hasText: "refused this tab's credentials" })).toBeVisible();
  await Promise.allSettled([context.close(), wrong.context().close()]);
});
