import { test, expect } from "./support/fixtures";
import { HotlinePage } from "./support/hotline-page";
import type { ExportedCall } from "../src/features/hotline/hotline-export";
import { parseCsv } from "./support/csv";

// The Hotline's picture and records: the Sequence of the selected call (a reply,
// no responders, a timeout, a late reply each drawn differently), and the Call
// history exported as JSON and CSV, checked against what the panel shows.

test("hotline sequence - a reply, no responders and a timeout each draw their own steps; a call picked in the history shows its own", async ({
  openTab,
  uid,
}) => {
  const subject = `hotline.${uid}`;
  const [alice, carol] = await Promise.all(["alice", "carol"].map((n) => openTab({ name: n, hash: "hotline" }).then((t) => new HotlinePage(t.page))));
  await alice!.answer({ subject, name: "alice" });
  await expect(carol!.sequence()).toHaveCount(0);

  // 1. a reply: sent at +0, handed to alice, her reply, back in the inbox at +rtt
  await carol!.ask({ subject });
  const figure = carol!.sequence();
  await expect.poll(() => carol!.stepKinds()).toEqual(["request", "request", "reply", "reply"]);
  await expect(figure.locator('[data-lane="agent:alice"]')).toHaveCount(1);
  await expect(figure.getByRole("listitem").first()).toContainText("+0.0 ms: request from requester (this tab) to nats-server");
  await expect(figure.getByRole("listitem").nth(2)).toContainText("reply from alice (answered) to nats-server — ok: true");
  await expect(figure.getByRole("listitem").nth(3)).toContainText(/^\+[\d.]+ ms: reply from nats-server to reply inbox \(_INBOX\./);
  await expect(carol!.showCall(1)).toHaveAttribute("aria-pressed", "true");

  // 2. nobody on the subject: the server's own 503 to the inbox, at once; no agent on the way
  await carol!.ask({ subject: `${subject}.nobody`, timeoutMs: 60_000 });
  await expect.poll(() => carol!.stepKinds()).toEqual(["request", "status"]);
  await expect(figure.getByRole("listitem").nth(1)).toContainText("status from the server from nats-server to reply inbox (made by nats.ws) — 503 no responders");

  // 3. alice sleeps past the timeout: handed over, then nothing, at +timeout
  await carol!.ask({ subject, json: '{"code": "sleep", "ms": 1500}', timeoutMs: 300 });
  await expect.poll(() => carol!.stepKinds()).toEqual(["request", "request", "timeout"]);
  await expect(figure.getByRole("listitem").nth(2)).toContainText("+300 ms: timeout — nothing came from responder (did not reply in time) to reply inbox");
  await expect(carol!.page.getByText("request() forgets a call at its timeout")).toBeVisible();
  // the picture itself differs too: a ✕ where nothing arrived, and no arrow head
  await expect(figure.locator('svg [data-step-kind="timeout"] .seq-cross')).toHaveCount(1);

  // 4. a call picked in the history shows its own sequence, until the next request
  await carol!.showCall(1).click();
  await expect.poll(() => carol!.stepKinds()).toEqual(["request", "request", "reply", "reply"]);
  await expect(carol!.showCall(1)).toHaveAttribute("aria-pressed", "true");
  await expect(carol!.showCall(3)).toHaveAttribute("aria-pressed", "false");
  await carol!.showCall(2).click();
  await expect.poll(() => carol!.stepKinds()).toEqual(["request", "status"]);
  await carol!.showLatest().click();
  await expect.poll(() => carol!.stepKinds()).toEqual(["request", "request", "timeout"]);

  // 5. the explicit inbox listens on after a timeout: alice's reply, 1.2 s too late, is drawn as late
  await carol!.showCall(1).click();
  await carol!.ask({ subject, json: '{"code": "sleep", "ms": 1500}', timeoutMs: 300, askWith: "explicit inbox" });
  await expect.poll(() => carol!.stepKinds()).toEqual(["request", "request", "timeout", "late", "late"]);
  await expect(carol!.result()).toContainText("A reply came after all, from alice");
  await expect(carol!.history().first()).toContainText("late reply");
  await expect(carol!.inspectCall("reply", 4)).toBeVisible();
  await expect(figure.getByRole("listitem").nth(4)).toContainText(/^\+(1[5-9]|[2-9]\d)\d\d ms: late reply from nats-server to reply inbox/);
});


test("hotline export - the call history as JSON and CSV: what the panel shows, payloads whole, quoting right", async ({ openTab, uid }) => {
  const subject = `hotline.${uid}`;
  const [alice, carol] = await Promise.all(["alice", "carol"].map((n) => openTab({ name: n, hash: "hotline" }).then((t) => new HotlinePage(t.page))));
  // nothing to export before the first call
  await expect(carol!.exportButton("json")).toHaveCount(0);
  await alice!.answer({ subject, name: "alice" });
  // commas, quotes and a newline in the request's JSON text
  const nasty = '{"code": "echo",\n "data": "a, \\"quoted\\" b"}';
  await carol!.ask({ subject, json: nasty, askWith: "explicit inbox" });
  await carol!.ask({ subject: `${subject}.nobody`, json: '{"code": "ping"}', askWith: "request()" });
  await expect(carol!.history()).toHaveCount(2);

  const json = await carol!.exportCalls("json");
  expect(json.name).toMatch(/^hotline-calls-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/);
  const file = JSON.parse(json.text) as { what: string; count: number; items: ExportedCall[] };
  expect(file).toMatchObject({ what: "hotline-calls", count: 2 });
  const [echo, nobody] = file.items as [ExportedCall, ExportedCall];
  expect(echo).toMatchObject({ n: 1, subject, mode: "inbox", code: "echo", outcome: "reply", agent: "alice", timeoutMs: 2000 });
  expect(echo.request).toMatchObject({ subject, payload: nasty, encoding: "utf-8", complete: true, reply: echo.inbox });
  expect(JSON.parse(echo.reply!.payload)).toEqual({ ok: true, code: "echo", result: 'a, "quoted" b', agent: "alice" });
  expect(typeof echo.rttMs).toBe("number");
  expect(nobody).toMatchObject({ n: 2, subject: `${subject}.nobody`, mode: "request", outcome: "no-responders", agent: null, reply: null });
  // what the panel shows of the same calls
  await expect(carol!.history().nth(1)).toContainText("alice");
  await expect(carol!.history().first()).toContainText("no responders");
  await expect(carol!.page.getByRole("status").filter({ hasText: json.name })).toContainText("(2 rows)");

  const csv = await carol!.exportCalls("csv");
  expect(csv.name).toMatch(/^hotline-calls-.*\.csv$/);
  // the JSON text, quoted once, its quotes doubled, its comma and newline inside the quotes
  expect(csv.text).toContain(`"${nasty.replaceAll('"', '""')}"`);
  const [head, ...rows] = parseCsv(csv.text.replace(/^\uFEFF/, ""));
  expect(rows).toHaveLength(2);
  const byName = rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]])));
  expect(byName[0]).toMatchObject({ n: "1", subject, mode: "inbox", outcome: "reply", agent: "alice", request: nasty, complete: "true" });
  expect(JSON.parse(byName[0]!.reply!)).toMatchObject({ result: 'a, "quoted" b' });
  expect(byName[1]).toMatchObject({ n: "2", outcome: "no-responders", agent: "", reply: "" });
});
