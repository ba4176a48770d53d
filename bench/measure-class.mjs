// @ts-check
// A tab in a simulated class (`npm run class`, the app's own controllers in Node):
// per panel, what a person feels — a click's INP, the longest frame — and what the
// tab spends — main-thread busy %, heap — beside a bare nats.ws page receiving the
// same subjects, in the same run.
import { spawn } from "node:child_process";
import { INTERACTION_PROBE, underFlood } from "./measure-interaction.mjs";
import { heapAfterGc, openBarePage, waitConnected } from "./bench-env.mjs";
import { round } from "./stats.mjs";

/** @typedef {import("./bench-env.mjs").BenchEnv} BenchEnv */
/** @typedef {import("@playwright/test").Page} Page */

/** Starts `npm run class` against the bench's server and waits for all its connections. */
export async function startClass(/** @type {BenchEnv} */ env, /** @type {number} */ students, /** @type {number} */ seconds) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/class.ts", "--students", String(students), "--servers", env.nats.natsUrl, "--duration", String(seconds), "--seed", "7"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (out += d));
  const want = students * 8;
  for (let i = 0; ; i++) {
    // `total` counts every connection; `num_connections` only those of this page of the answer
    const connz = /** @type {{ total: number }} */ (await (await fetch(`${env.nats.monitorUrl}/connz?limit=1`)).json());
    if (connz.total >= want) break;
    if (child.exitCode !== null || i > 1200) throw new Error(`the class did not start (${connz.total}/${want} connections):\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    stop: () =>
      new Promise((/** @type {(v?: unknown) => void} */ resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
}

/** Main-thread time spent while `run` runs, as a share of the wall time (CDP task duration). */
async function busy(/** @type {Page} */ page, /** @type {() => Promise<unknown>} */ run) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const metric = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  const t0 = performance.now();
  const before = await metric();
  const result = await run();
  const share = (await metric()) - before;
  const wall = (performance.now() - t0) / 1000;
  await cdp.detach();
  return { result, busyPercent: round((100 * share) / wall, 1) };
}

/**
 * What each panel's tab sets up, and what it clicks; and what the bare page receives instead.
 * @type {Record<string, { hash: string; setup: (p: Page) => Promise<void>; click: (p: Page) => Promise<void>; bare: (p: Page) => Promise<void> }>}
 */
const PANELS = {
  chat: {
    hash: "chat",
    setup: (p) => p.getByRole("list", { name: "Online" }).getByRole("listitem").nth(2).waitFor({ timeout: 20_000 }),
    click: (p) => p.getByRole("list", { name: "Rooms" }).getByRole("button", { name: "chat.general", exact: true }).click(),
    bare: async (p) => {
      await p.evaluate(() => (/** @type {any} */ (window)).bare.showBounded("chat.general", 500));
      await p.evaluate(() => (/** @type {any} */ (window)).bare.countOn("presence.chat.>"));
    },
  },
  subjects: {
    hash: "subjects",
    setup: (p) => p.getByRole("list", { name: "Subscriptions" }).getByText("subscribed").first().waitFor(),
    click: async (p) => {
      await p.getByRole("button", { name: "Pause fr.grand_est.>", exact: true }).click();
      await p.getByRole("button", { name: "Resume fr.grand_est.>", exact: true }).click();
    },
    bare: async (p) => {
      for (const s of ["fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg"]) await p.evaluate((x) => (/** @type {any} */ (window)).bare.countOn(x), s);
    },
  },
  counter: {
    hash: "counter",
    setup: async (p) => {
      await p.getByLabel("Subject").fill("compteur.student-01");
      await p.getByLabel("Published by").filter({ hasText: /^(from|waiting)/ }).waitFor();
    },
    click: (p) => p.getByRole("button", { name: "Start publishing" }).click(),
    bare: (p) => p.evaluate(() => (/** @type {any} */ (window)).bare.showLatest("compteur.student-01")),
  },
  hotline: {
    hash: "hotline",
    setup: (p) => p.getByRole("button", { name: "Send request" }).waitFor(),
    click: (p) => p.getByRole("button", { name: "Send request" }).click(),
    bare: async () => undefined,
  },
  network: {
    hash: "network",
    setup: (p) => p.getByRole("status", { name: "Network status" }).filter({ hasText: /clients? on/ }).waitFor({ timeout: 20_000 }),
    click: (p) => p.getByLabel("Show internal subscriptions").click(),
    bare: async (p) => p.evaluate(() => (/** @type {any} */ (window)).bare.pollConnz(1500)),
  },
};

/** One page over `seconds`: a click in the middle, then what it cost. */
async function watch(/** @type {Page} */ page, /** @type {(p: Page) => Promise<void>} */ click, /** @type {number} */ seconds) {
  const hold = () => new Promise((r) => setTimeout(r, (seconds * 1000) / 2));
  const { result, busyPercent } = await busy(page, () =>
    underFlood(page, { flood: hold, arriving: async () => true, click: () => click(page), caughtUp: async () => (await hold(), true) }),
  );
  return { inpMs: result.inpMs, longestFrameMs: result.longestFrameMs, busyPercent, heapMB: round((await heapAfterGc(page)) / 2 ** 20) };
}

/** A tab on each panel, then the bare page, with a class of `students` running. */
export async function classRows(/** @type {BenchEnv} */ env, /** @type {number} */ students, /** @type {number} */ seconds, /** @type {string[]} */ panels = Object.keys(PANELS)) {
  const klass = await startClass(env, students, 5 + panels.length * (seconds * 2 + 6));
  /** @type {Record<string, { app: Awaited<ReturnType<typeof watch>>; bare: Awaited<ReturnType<typeof watch>> }>} */
  const rows = {};
  try {
    for (const name of panels) {
      const panel = PANELS[name];
      if (!panel) continue;
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(INTERACTION_PROBE);
      const page = await context.newPage();
      let app;
      try {
        await page.goto(env.app(panel.hash, `bench-${name}`));
        await waitConnected(page);
        await panel.setup(page);
        app = await watch(page, panel.click, seconds);
      } finally {
        await context.close();
      }
      const bareContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await bareContext.addInitScript(INTERACTION_PROBE);
      try {
        const bp = await openBarePage(bareContext, env);
        await panel.bare(bp);
        rows[name] = { app, bare: await watch(bp, (p) => p.getByRole("button", { name: "Poke" }).click(), seconds) };
      } finally {
        await bareContext.close();
      }
    }
  } finally {
    await klass.stop();
  }
  return { students, connections: students * 8, seconds, panels: rows };
}
