import { test, expect } from "./support/fixtures";
import { HotlinePage } from "./support/hotline-page";

const decode = (d: Uint8Array) => new TextDecoder().decode(d);
const encode = (s: string) => new TextEncoder().encode(s);

test("hotline - invalid JSON is refused inline, kept, and nothing goes on the wire", async ({ openTab, foreign, uid }) => {
  const subject = `hotline.${uid}`;
  const received: string[] = [];
  foreign.subscribe(subject, {
    callback: (_e, m) => {
      received.push(decode(m.data));
      m.respond(encode("noted"));
    },
  });
  await foreign.flush();
  const carol = new HotlinePage((await openTab({ name: "carol", hash: "hotline" })).page);
  await carol.fill({ subject, json: '{"code": ping}' });
  await carol.sendButton().click();
  const alert = carol.page.getByRole("alert");
  await expect(alert).toContainText("Invalid JSON");
  await expect(alert).toContainText("Nothing was sent");
  await expect(carol.json()).toHaveValue('{"code": ping}');
  await expect(carol.json()).toHaveAttribute("aria-invalid", "true");
  await expect(carol.history()).toHaveCount(0);
  await expect(carol.result()).toContainText("No request sent yet");

  // fixed, it goes out: the subscriber's first message is this one, so the invalid one never left the tab
  await carol.json().fill('{"code": "ping"}');
  await expect(alert).toHaveCount(0);
  await carol.sendButton().click();
  await expect(carol.result()).toContainText("noted");
  expect(received).toEqual(['{"code": "ping"}']);
});

test("hotline - a foreign client's requests are answered by a browser agent", async ({ openTab, foreign, uid }) => {
  const subject = `hotline-${uid}`;
  const alice = new HotlinePage((await openTab({ name: "alice", hash: "hotline" })).page);
  await alice.answer({ subject });

  const sum = await foreign.request(subject, encode(JSON.stringify({ code: "sum", values: [1, 2, 3] })), { timeout: 3000 });
  expect(JSON.parse(decode(sum.data))).toEqual({ ok: true, code: "sum", result: 6, agent: "alice" });
  const echo = await foreign.request(subject, encode('{"code":"echo","data":{"é":[1,null]}}'), { timeout: 3000 });
  expect(JSON.parse(decode(echo.data))).toEqual({ ok: true, code: "echo", result: { é: [1, null] }, agent: "alice" });
  const bad = JSON.parse(decode((await foreign.request(subject, encode("bonjour"), { timeout: 3000 })).data));
  expect(bad).toMatchObject({ ok: false, agent: "alice" });
  expect(bad.error).toMatch(/^invalid JSON: /);
  const unknown = JSON.parse(decode((await foreign.request(subject, encode('{"code":"dance"}'), { timeout: 3000 })).data));
  expect(unknown).toEqual({ ok: false, agent: "alice", error: 'unknown code "dance": known codes are ping, echo, time, sum, upper, sleep' });

  // a plain publish has no reply subject: logged, not answered
  foreign.publish(subject, encode('{"code":"ping"}'));
  await expect(alice.callsHandled()).toHaveCount(5);
  await expect(alice.callsHandled().first()).toContainText("no reply subject: nothing to answer");
  const sumRow = alice.callsHandled().nth(4);
  await expect(sumRow).toContainText('{"code":"sum","values":[1,2,3]}');
  await expect(sumRow).toContainText("_INBOX.");
  await expect(sumRow).toContainText('{"ok":true,"code":"sum","result":6,"agent":"alice"}');
});

test("hotline - a foreign responder's plain-text reply is shown as text, with a note", async ({ openTab, foreign, uid }) => {
  const subject = `hotline.${uid}`;
  foreign.subscribe(subject, { callback: (_e, m) => m.respond(encode("bonjour")) });
  await foreign.flush();
  const carol = new HotlinePage((await openTab({ name: "carol", hash: "hotline" })).page);
  for (const askWith of ["request()", "explicit inbox"] as const) {
    await carol.ask({ subject, askWith });
    await expect(carol.result()).toContainText("Reply from an unnamed responder");
    await expect(carol.result().locator("pre")).toHaveText("bonjour");
    await expect(carol.result()).toContainText("reply is not JSON");
  }
});

test("hotline - over max_payload: a request too big fails clearly, a reply too big becomes an error reply", async ({ openTab, privateNats, uid }) => {
  const server = await privateNats({ maxPayload: 1024, jetstream: false });
  const subject = `hotline.${uid}`;
  const [alice, bob, carol] = await Promise.all(
    ["alice", "bob", "carol"].map((name) => openTab({ name, hash: "hotline", servers: server.wsUrl }).then((t) => new HotlinePage(t.page))),
  );
  await alice!.answer({ subject });
  await bob!.answer({ subject, replyWith: "publish to reply subject" });
  // fits in 1024 bytes going out; the echo with its envelope does not fit coming back
  // both ways of replying (alice responds, bob publishes) turn it into an error reply
  await carol!.ask({ subject, json: JSON.stringify({ code: "echo", data: "x".repeat(990) }), repeat: 20 });
  await expect(carol!.runSummary()).toContainText("20/20 done · 20 error reply · answered by");
  await expect(carol!.runSummary()).toContainText("alice");
  await expect(carol!.runSummary()).toContainText("bob");
  await expect(carol!.result()).toContainText(/Error reply from (alice|bob)/);
  await expect(carol!.result()).toContainText(/the agent could not send its reply: reply of \d+ bytes is over the server's max_payload of 1024 bytes/);
  await expect(alice!.callsHandled().first()).toContainText("error");
  await expect(bob!.callsHandled().first()).toContainText("error");

  await carol!.ask({ subject, json: JSON.stringify({ code: "echo", data: "x".repeat(2000) }), repeat: 1 });
  await expect(carol!.result()).toContainText("Request failed");
  await expect(carol!.result()).toContainText("over the server's max_payload of 1024 bytes");
  await expect(carol!.json()).toHaveValue(/x{2000}/);
});
