// @ts-check
// INP of a click and the longest frame for each panel under its own load, beside
// a bare nats.ws page receiving the same, in the same run (chat: measure-interaction.mjs).
import { connect } from "nats";
import { INTERACTION_PROBE, underFlood } from "./measure-interaction.mjs";
import { openBarePage, waitConnected } from "./bench-env.mjs";
import { round } from "./stats.mjs";

/** @param {import("./bench-env.mjs").BenchEnv} env */
async function appPage(env, /** @type {string} */ hash, /** @type {string} */ name) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(INTERACTION_PROBE);
  const page = await context.newPage();
  await page.goto(env.app(hash, name));
  await waitConnected(page);
  return { context, page };
}

/** @param {import("./bench-env.mjs").BenchEnv} env */
async function barePage(env) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(INTERACTION_PROBE);
  const page = await openBarePage(context, env);
  return { context, page };
}

/** Floods `n` messages on `subject(i)` from a Node client, flushing every 1000. */
async function flood(/** @type {string} */ url, /** @type {(i: number) => string} */ subject, /** @type {number} */ n, /** @type {(i: number) => string} */ payload) {
  const nc = await connect({ servers: url, name: "bench-panel-flood" });
  const enc = new TextEncoder();
  for (let i = 0; i < n; i++) {
    nc.publish(subject(i), enc.encode(payload(i)));
    if (i % 1000 === 999) await nc.flush();
  }
  await nc.flush();
  await nc.close();
}

const number = (/** @type {import("@playwright/test").Page} */ page, /** @type {string} */ selector) =>
  page.evaluate((s) => Number((document.querySelector(s)?.textContent ?? "0").replace(/\D/g, "")), selector);
const poke = (/** @type {import("@playwright/test").Page} */ page) => page.getByRole("button", { name: "Poke" }).click();
const bareCount = (/** @type {import("@playwright/test").Page} */ page) => page.evaluate(() => /** @type {number} */ ((/** @type {any} */ (window)).bare.stats().count));

/** Subjects: a foreign flood on one subscription; the click pauses another subscription. */
export async function subjectsUnderFlood(/** @type {import("./bench-env.mjs").BenchEnv} */ env, /** @type {number} */ n) {
  const prefix = `bench${Date.now().toString(36)}`;
  const { context, page } = await appPage(env, "subjects", "bench-subjects");
  const app = await (async () => {
    try {
      const pattern = `${prefix}.fr.>`;
      await page.getByLabel("Pattern", { exact: true }).fill(pattern);
      await page.getByRole("button", { name: "Subscribe", exact: true }).click();
      await page.getByRole("list", { name: "Subscriptions" }).getByText("subscribed").first().waitFor();
      const count = () => number(page, `[aria-label="Count for ${pattern}"]`);
      return await underFlood(page, {
        flood: () => flood(env.nats.natsUrl, (i) => `${prefix}.fr.c${i % 500}`, n, (i) => String(i)),
        arriving: async () => (await count()) > 0,
        click: async () => {
          await page.getByRole("button", { name: "Pause fr.grand_est.>", exact: true }).click();
          await page.getByRole("button", { name: "Resume fr.grand_est.>", exact: true }).waitFor();
        },
        caughtUp: async () => (await count()) >= n,
      });
    } finally {
      await context.close();
    }
  })();
  const b = await barePage(env);
  try {
    await b.page.evaluate((s) => (/** @type {any} */ (window)).bare.countOn(s), `bare${prefix}.fr.>`);
    const bare = await underFlood(b.page, {
      flood: () => flood(env.nats.natsUrl, (i) => `bare${prefix}.fr.c${i % 500}`, n, (i) => String(i)),
      arriving: async () => (await bareCount(b.page)) > 0,
      click: () => poke(b.page),
      caughtUp: async () => (await bareCount(b.page)) >= n,
    });
    return { messages: n, app, bare };
  } finally {
    await b.context.close();
  }
}

/** Counter: a publisher every 100 ms plus a flood on its subject; the click starts this tab's own publisher. */
export async function counterUnderFlood(/** @type {import("./bench-env.mjs").BenchEnv} */ env, /** @type {number} */ n) {
  const subject = `compteur.bench${Date.now().toString(36)}`;
  const ticker = await connect({ servers: env.nats.natsUrl, name: "bench-counter-ticker" });
  let v = 0;
  const tick = setInterval(() => ticker.publish(subject, String((v += 2))), 100);
  try {
    const { context, page } = await appPage(env, "counter", "bench-counter");
    const app = await (async () => {
      try {
        await page.getByLabel("Subject").fill(subject);
        // the ticker's values arriving prove the subscription is in place
        await page.getByLabel("Published by").filter({ hasText: /^from / }).waitFor();
        // "N received since this tab started listening"
        const total = () =>
          page.evaluate(() => {
            const p = [...document.querySelectorAll("p")].find((x) => / received since this tab started listening$/.test(x.textContent ?? ""));
            return Number((p?.textContent ?? "0").replace(/\D/g, ""));
          });
        return await underFlood(page, {
          flood: () => flood(env.nats.natsUrl, () => subject, n, (i) => String(i)),
          arriving: async () => (await page.getByLabel("Latest value", { exact: true }).textContent()) !== "–",
          click: async () => {
            await page.getByRole("button", { name: "Start publishing" }).click();
            await page.getByRole("button", { name: "Stop publishing" }).waitFor();
          },
          // the flood and the ticker's values: all counted
          caughtUp: async () => (await total()) >= n,
        });
      } finally {
        await context.close();
      }
    })();
    const b = await barePage(env);
    try {
      await b.page.evaluate((s) => (/** @type {any} */ (window)).bare.showLatest(s), subject);
      const bare = await underFlood(b.page, {
        flood: () => flood(env.nats.natsUrl, () => subject, n, (i) => String(i)),
        arriving: async () => (await bareCount(b.page)) > 0,
        click: () => poke(b.page),
        caughtUp: async () => (await bareCount(b.page)) >= n,
      });
      return { messages: n, app, bare };
    } finally {
      await b.context.close();
    }
  } finally {
    clearInterval(tick);
    await ticker.close();
  }
}

/** Hotline: a Repeat run of `n` calls to an agent in another tab; the click clears the history as it fills. */
export async function hotlineRepeat(/** @type {import("./bench-env.mjs").BenchEnv} */ env, /** @type {number} */ n) {
  const subject = `hotline.bench${Date.now().toString(36)}`;
  const agent = await appPage(env, "hotline", "bench-agent");
  const asker = await appPage(env, "hotline", "bench-asker");
  const app = await (async () => {
    try {
      for (const p of [agent.page, asker.page]) await p.getByLabel("Subject", { exact: true }).fill(subject);
      await agent.page.getByLabel("Answer the hotline").check();
      await agent.page.getByLabel("Agent status").filter({ hasText: "Answering on" }).waitFor();
      await asker.page.getByLabel("Repeat").fill(String(n));
      // the run is over when Send is enabled again ("Clear history" also clears the run's summary)
      const done = () => asker.page.getByRole("button", { name: "Send request" }).isEnabled();
      let started = false;
      return await underFlood(asker.page, {
        flood: async () => {
          await asker.page.getByRole("button", { name: "Send request" }).click();
          started = true;
        },
        arriving: async () => started,
        click: () => asker.page.getByRole("button", { name: "Clear history" }).click(),
        caughtUp: done,
      });
    } finally {
      await Promise.allSettled([agent.context.close(), asker.context.close()]);
    }
  })();
  const responder = await barePage(env);
  const b = await barePage(env);
  try {
    await responder.page.evaluate((s) => (/** @type {any} */ (window)).bare.respond(s), `bare${subject}`);
    let finished = false;
    const bare = await underFlood(b.page, {
      flood: async () => {
        void b.page.evaluate(([s, k]) => (/** @type {any} */ (window)).bare.requests(s, k), /** @type {[string, number]} */ ([`bare${subject}`, n])).then(() => (finished = true));
      },
      arriving: async () => true,
      click: () => poke(b.page),
      caughtUp: async () => finished,
    });
    return { calls: n, app, bare };
  } finally {
    await Promise.allSettled([responder.context.close(), b.context.close()]);
  }
}

/** Network: `connections` Node clients with the lab's subscriptions; the click shows internal subscriptions. */
export async function networkWithClass(/** @type {import("./bench-env.mjs").BenchEnv} */ env, /** @type {number} */ connections, /** @type {number} */ seconds) {
  const clients = [];
  for (let i = 0; i < connections; i++) {
    const nc = await connect({ servers: env.nats.natsUrl, name: `bench-student-${String(i).padStart(3, "0")}` });
    for (const s of ["fr.grand_est.67.colmar", "fr.grand_est.>", "fr.*.*.strasbourg"]) nc.subscribe(s);
    clients.push(nc);
  }
  await Promise.all(clients.map((c) => c.flush()));
  const hold = () => new Promise((r) => setTimeout(r, (seconds * 1000) / 2));
  try {
    const { context, page } = await appPage(env, "network", "bench-network");
    const app = await (async () => {
      try {
        await page.getByRole("status", { name: "Network status" }).filter({ hasText: /clients? on/ }).waitFor({ timeout: 20_000 });
        let clicked = false;
        return await underFlood(page, {
          flood: hold,
          arriving: async () => true,
          click: async () => {
            await page.getByLabel("Show internal subscriptions").check();
            clicked = true;
          },
          caughtUp: async () => clicked && (await hold(), true),
        });
      } finally {
        await context.close();
      }
    })();
    const b = await barePage(env);
    try {
      await b.page.evaluate(() => (/** @type {any} */ (window)).bare.pollConnz(1500));
      let clicked = false;
      const bare = await underFlood(b.page, {
        flood: hold,
        arriving: async () => true,
        click: async () => {
          await poke(b.page);
          clicked = true;
        },
        caughtUp: async () => clicked && (await hold(), true),
      });
      return { connections, app, bare };
    } finally {
      await b.context.close();
    }
  } finally {
    await Promise.allSettled(clients.map((c) => c.close()));
  }
}

/** @param {{ longestFrameMs: number; inpMs: number }} app @param {{ longestFrameMs: number; inpMs: number }} bare */
export const summary = (app, bare) => ({ inp: app.inpMs, bareInp: bare.inpMs, frameRatio: round(app.longestFrameMs / Math.max(bare.longestFrameMs, 16.7), 2) });
