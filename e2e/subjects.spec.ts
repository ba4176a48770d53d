import { connect } from "nats";
import { test, expect, expectConnected } from "./support/fixtures";
import { LAB_PATTERNS, serverSubs, SubjectsPage } from "./support/subjects-page";

const [COLMAR, GRAND_EST, STRASBOURG] = LAB_PATTERNS;
const sorted = (xs: string[]) => [...xs].sort();

// The lab's exact subjects are used, so this story has a server of its own.
test("subjects - lab V.2 with four tabs: each service receives exactly what its pattern matches", async ({ openTab, privateNats }) => {
  const server = await privateNats();
  const open = (name: string) => openTab({ name, hash: "subjects", servers: server.wsUrl });
  const [a, b, c, d, e] = await Promise.all(["pub", "colmar", "grandest", "stras", "all3"].map(open));
  const [pa, pb, pc, pd, pe] = [a!, b!, c!, d!, e!].map((t) => new SubjectsPage(t.page));
  await pb!.keepOnly(COLMAR);
  await pc!.keepOnly(GRAND_EST);
  await pd!.keepOnly(STRASBOURG);
  await pe!.keepOnly(...LAB_PATTERNS);
  await expect.poll(() => serverSubs(server.monitorUrl, "colmar")).toEqual([COLMAR]);
  await expect.poll(() => serverSubs(server.monitorUrl, "grandest")).toEqual([GRAND_EST]);
  await expect.poll(() => serverSubs(server.monitorUrl, "stras")).toEqual([STRASBOURG]);
  await pa!.keepOnly();
  // a foreign client (like the lab's Python services) sees what tab A publishes
  const python = await connect({ servers: server.natsUrl, name: "python-like" });
  const seen: string[] = [];
  python.subscribe(">", { callback: (_e, m) => m.subject.match(/^(fr|time)\./) && seen.push(m.subject) });
  await python.flush();

  await pa!.publishPlace({ region: "grand_est", department: "67", city: "colmar" }, "lab {n}");
  await pa!.publishPlace({ region: "grand_est", department: "67", city: "strasbourg" });
  await pa!.publishPlace({ region: "ile_de_france", department: "75", city: "paris" });
  await pa!.publishFree("fr.test.00.strasbourg");
  await pa!.publishFree("time.us.east");
  await expect(a!.page.getByLabel("Publisher status")).toContainText("5 published, last on time.us.east");

  // Once the last one is through, the server has routed all five to every tab.
  await expect.poll(() => seen).toEqual([
    "fr.grand_est.67.colmar", "fr.grand_est.67.strasbourg", "fr.ile_de_france.75.paris", "fr.test.00.strasbourg", "time.us.east",
  ]);
  await python.close();

  await expect(pb!.rows()).toHaveCount(1);
  await expect(pb!.rowsFor("fr.grand_est.67.colmar")).toHaveCount(1);
  await expect(pb!.count(COLMAR)).toHaveText("1");

  await expect(pc!.rows()).toHaveCount(2);
  for (const s of ["fr.grand_est.67.colmar", "fr.grand_est.67.strasbourg"]) await expect(pc!.rowsFor(s)).toHaveCount(1);
  await expect(pc!.count(GRAND_EST)).toHaveText("2");

  await expect(pd!.rows()).toHaveCount(2);
  for (const s of ["fr.grand_est.67.strasbourg", "fr.test.00.strasbourg"]) await expect(pd!.rowsFor(s)).toHaveCount(1);
  await expect(pd!.count(STRASBOURG)).toHaveText("2");

  // One tab holding all three: each message once, one chip per subscription that received it.
  await expect(pe!.rows()).toHaveCount(3);
  expect(await pe!.chipsOf(pe!.rowsFor("fr.grand_est.67.colmar"))).toEqual(sorted([COLMAR, GRAND_EST]));
  expect(await pe!.chipsOf(pe!.rowsFor("fr.grand_est.67.strasbourg"))).toEqual(sorted([GRAND_EST, STRASBOURG]));
  expect(await pe!.chipsOf(pe!.rowsFor("fr.test.00.strasbourg"))).toEqual([STRASBOURG]);
  await expect(pe!.rowsFor("fr.grand_est.67.colmar")).toContainText("lab 1");
  await expect(pe!.count(COLMAR)).toHaveText("1");
  await expect(pe!.count(GRAND_EST)).toHaveText("2");
  await expect(pe!.count(STRASBOURG)).toHaveText("2");
  await expect(pe!.page.getByLabel("Totals")).toContainText("3 messages received, 5 deliveries");

  // The tree shows the same: counts per token and the patterns matching each node.
  const colmar = pe!.treeItem("fr.grand_est.67.colmar");
  await expect(colmar).toContainText("1");
  expect((await colmar.locator(".sub-chip").allTextContents()).sort()).toEqual(sorted([COLMAR, GRAND_EST]));
  await expect(pe!.treeItem("fr.grand_est").locator(".tree-count").first()).toHaveText("2");
  await expect(pe!.treeItem("fr").locator(".tree-count").first()).toHaveText("3");
  await pe!.page.getByRole("button", { name: "Collapse fr.grand_est", exact: true }).click();
  await expect(pe!.treeItem("fr.grand_est")).toHaveAttribute("aria-expanded", "false");
  await expect(colmar).toHaveCount(0);
  await pe!.page.getByRole("button", { name: "Expand fr.grand_est", exact: true }).click();
  await expect(colmar).toBeVisible();

  for (const p of [pa!, pb!, pc!, pd!, pe!]) await expect(p.mismatchAlerts()).toHaveCount(0);
});

test("subjects - a foreign client's messages (no message id) are grouped and attributed the same way", async ({ openTab, privateNats }) => {
  const server = await privateNats();
  const tab = await openTab({ name: "all3", hash: "subjects", servers: server.wsUrl });
  const page = new SubjectsPage(tab.page);
  for (const p of LAB_PATTERNS) await page.expectSubscribed(p);
  const nc = await connect({ servers: server.natsUrl, name: "python-like" });
  try {
    // the same message twice must give two rows, each with both chips
    for (const s of ["fr.grand_est.67.strasbourg", "fr.grand_est.67.strasbourg", "fr.grand_est.68.colmar", "fr.ile_de_france.75.paris"]) {
      nc.publish(s, new TextEncoder().encode("hello from python"));
    }
    await nc.flush();
    await expect(page.rows()).toHaveCount(3);
    const stras = page.rowsFor("fr.grand_est.67.strasbourg");
    await expect(stras).toHaveCount(2);
    for (const row of await stras.all()) {
      expect(await page.chipsOf(row)).toEqual(sorted([GRAND_EST, STRASBOURG]));
      await expect(row).toContainText("foreign");
      await expect(row).toContainText("hello from python");
    }
    // colmar in 68 is not the lab's fr.grand_est.67.colmar
    expect(await page.chipsOf(page.rowsFor("fr.grand_est.68.colmar"))).toEqual([GRAND_EST]);
    await expect(page.count(GRAND_EST)).toHaveText("3");
    await expect(page.count(STRASBOURG)).toHaveText("2");
    await expect(page.count(COLMAR)).toHaveText("0");
    await expect(page.mismatchAlerts()).toHaveCount(0);
  } finally {
    await nc.close();
  }
});

test("subjects - an invalid pattern shows its reason, keeps the text and creates no subscription on the server", async ({ openTab, nats }) => {
  const tab = await openTab({ hash: "subjects" });
  const page = new SubjectsPage(tab.page);
  for (const p of LAB_PATTERNS) await page.expectSubscribed(p);
  const field = tab.page.getByLabel("Pattern", { exact: true });
  await field.fill("fr.>.paris");
  await tab.page.getByRole("button", { name: "Subscribe", exact: true }).click();
  await expect(tab.page.getByText("'>' must be the last token")).toBeVisible();
  await expect(field).toHaveValue("fr.>.paris");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill("fr..paris");
  await tab.page.getByRole("button", { name: "Subscribe", exact: true }).click();
  await expect(tab.page.getByText("fr..paris: empty token")).toBeVisible();
  await expect(page.subscriptions()).toHaveCount(3);
  expect(await serverSubs(nats.monitorUrl, tab.name)).toEqual(sorted([...LAB_PATTERNS]));
  // a duplicate is refused too: one pattern, one subscription
  await field.fill(GRAND_EST);
  await tab.page.getByRole("button", { name: "Subscribe", exact: true }).click();
  await expect(tab.page.getByText("already in the list")).toBeVisible();
  expect(await serverSubs(nats.monitorUrl, tab.name)).toEqual(sorted([...LAB_PATTERNS]));
});

test("subjects - an invalid free subject is refused inline and nothing is sent; a valid one reaches a foreign client", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const page = new SubjectsPage(tab.page);
  await page.publishFree("fr..paris");
  await expect(tab.page.getByText("fr..paris: empty token")).toBeVisible();
  await expect(tab.page.getByLabel("Subject")).toHaveValue("fr..paris");
  await page.publishFree("fr.*.paris");
  await expect(tab.page.getByText("wildcards are for subscriptions")).toBeVisible();
  await expect(tab.page.getByLabel("Publisher status")).toHaveText("Nothing published yet");

  const got: { subject: string; data: string; id?: string }[] = [];
  const sub = foreign.subscribe(`time.${uid}.>`, {
    callback: (_e, m) => got.push({ subject: m.subject, data: new TextDecoder().decode(m.data), id: m.headers?.get("Playground-Msg-Id") }),
  });
  await foreign.flush();
  await page.publishFree(`time.${uid}.east.atlanta`, "12:00");
  await expect.poll(() => got.length).toBe(1);
  expect(got[0]).toMatchObject({ subject: `time.${uid}.east.atlanta`, data: "12:00" });
  expect(got[0]!.id).toMatch(/\S+/);
  sub.unsubscribe();
});

test("subjects - pause unsubscribes on the server and keeps the count; resume subscribes again", async ({ openTab, nats, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const page = new SubjectsPage(tab.page);
  const mine = `fr.${uid}.>`;
  await page.keepOnly(mine);
  const send = async (city: string) => {
    foreign.publish(`fr.${uid}.67.${city}`, "x");
    await foreign.flush();
  };
  await send("strasbourg");
  await send("colmar");
  await expect(page.count(mine)).toHaveText("2");

  await tab.page.getByRole("button", { name: `Pause ${mine}`, exact: true }).click();
  await expect(page.subscription(mine)).toContainText("paused");
  await expect.poll(() => serverSubs(nats.monitorUrl, tab.name)).toEqual([]);
  await send("paris");

  await tab.page.getByRole("button", { name: `Resume ${mine}`, exact: true }).click();
  await page.expectSubscribed(mine);
  expect(await serverSubs(nats.monitorUrl, tab.name)).toEqual([mine]);
  await send("lyon");
  await expect(page.rowsFor(`fr.${uid}.67.lyon`)).toHaveCount(1);
  await expect(page.count(mine)).toHaveText("3");
  await expect(page.rowsFor(`fr.${uid}.67.paris`)).toHaveCount(0);
  await expect(page.rows()).toHaveCount(3);

  await tab.page.getByRole("button", { name: `Remove ${mine}`, exact: true }).click();
  await expect(page.subscriptions()).toHaveCount(0);
  await expect.poll(() => serverSubs(nats.monitorUrl, tab.name)).toEqual([]);
});

test("subjects - the explainer says token by token why a subject from the log matches or not", async ({ openTab, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const page = new SubjectsPage(tab.page);
  const mine = `fr.${uid}.*.strasbourg`;
  await page.keepOnly(mine);
  foreign.publish(`fr.${uid}.67.strasbourg`, "x");
  await foreign.flush();
  const row = page.rowsFor(`fr.${uid}.67.strasbourg`);
  await row.getByRole("button", { name: `Explain fr.${uid}.67.strasbourg` }).click();
  await expect(tab.page.getByLabel("Explain subject")).toHaveValue(`fr.${uid}.67.strasbourg`);
  await expect(tab.page.getByLabel("Explain pattern")).toHaveValue(mine);
  const result = page.explanation();
  await expect(result).toContainText(`'${mine}' matches`);
  await expect(result.getByRole("listitem")).toHaveText([
    "token 1: 'fr' equals 'fr'",
    `token 2: '${uid}' equals '${uid}'`,
    "token 3: '*' takes exactly one token, '67'",
    "token 4: 'strasbourg' equals 'strasbourg'",
  ]);
  await tab.page.getByLabel("Explain pattern").fill(`fr.${uid}.*.Strasbourg`);
  await expect(result).toContainText("does not match");
  await expect(result).toContainText("(subjects are case-sensitive)");
  await tab.page.getByLabel("Explain pattern").fill("fr.>.x");
  await expect(tab.page.getByText("'>' must be the last token")).toBeVisible();
});

test("subjects - a pattern the server refuses is shown as refused, with the reason; the tab keeps working", async ({ openTab, nats, foreign, uid }) => {
  const tab = await openTab({ hash: "subjects" });
  const page = new SubjectsPage(tab.page);
  await page.keepOnly(`fr.${uid}.>`);
  await tab.page.getByLabel("Pattern", { exact: true }).fill("$SYS.>");
  await tab.page.getByRole("button", { name: "Subscribe", exact: true }).click();
  const refused = page.subscription("$SYS.>");
  await expect(refused).toContainText("refused by the server");
  await expect(refused).toContainText("permission denied");
  await expect(refused.getByRole("button", { name: "Resume $SYS.>", exact: true })).toBeVisible();
  expect(await serverSubs(nats.monitorUrl, tab.name, /^\$SYS/)).toEqual([]);

  foreign.publish(`fr.${uid}.67.strasbourg`, "still here");
  await expect(page.rowsFor(`fr.${uid}.67.strasbourg`)).toContainText("still here");
  await tab.page.getByRole("button", { name: "Remove $SYS.>", exact: true }).click();
  await expect(page.subscriptions()).toHaveCount(1);
});

test("subjects - after a server restart each subscription is back once and attribution goes on", async ({ openTab, privateNats }) => {
  const server = await privateNats();
  const tab = await openTab({ name: "phoenix", hash: "subjects", servers: server.wsUrl });
  const page = new SubjectsPage(tab.page);
  for (const p of LAB_PATTERNS) await page.expectSubscribed(p);
  await page.publishFree("fr.grand_est.67.colmar", "before");
  await expect(page.count(COLMAR)).toHaveText("1");

  await server.stop();
  await expect(tab.page.getByRole("status", { name: "Connection status" })).toContainText("Reconnecting");
  await server.start();
  await expectConnected(tab.page, 20_000);
  // nats.ws re-sent the three; the panel did not add a second copy
  await expect.poll(() => serverSubs(server.monitorUrl, "phoenix")).toEqual(sorted([...LAB_PATTERNS]));

  await page.publishFree("fr.grand_est.67.colmar", "after");
  await expect(page.count(COLMAR)).toHaveText("2");
  await expect(page.count(GRAND_EST)).toHaveText("2");
  const after = page.rows().filter({ hasText: "after" });
  await expect(after).toHaveCount(1);
  expect(await page.chipsOf(after)).toEqual(sorted([COLMAR, GRAND_EST]));
  await expect(page.rows()).toHaveCount(2);
  await expect(page.mismatchAlerts()).toHaveCount(0);
});
