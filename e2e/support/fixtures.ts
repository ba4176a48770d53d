import { test as base, expect } from "@playwright/test";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { startNatsServer } from "../../scripts/nats-server-process.mjs";
import type { NatsServer, NatsServerOptions } from "../../scripts/nats-server-process.mjs";

export type TabOptions = {
  name?: string;
  hash?: string;
  servers?: string;
  waitConnected?: boolean;
  /** ?lang= in the link */
  lang?: "en" | "fr";
  /** the browser's own language (what the app follows without ?lang=), e.g. "fr-FR" */
  locale?: string;
  colorScheme?: "light" | "dark";
};

export type Tab = { page: Page; context: BrowserContext; name: string };

type WorkerFixtures = { nats: NatsServer };
type TestFixtures = {
  /** opens the app as a new user (own browser context) against the worker's server */
  openTab: (options?: TabOptions) => Promise<Tab>;
  /** a foreign client: the Node `nats` package over TCP, like the lab's Python services */
  foreign: NatsConnection;
  /** a server of this test's own, for tests that stop or restart it */
  privateNats: (options?: NatsServerOptions) => Promise<NatsServer>;
  /** a unique token for subjects and rooms, so tests sharing a server never collide */
  uid: string;
};

const appOrigin = () => `http://127.0.0.1:${process.env.PLAYGROUND_APP_PORT}`;

export async function openAppTab(browser: Browser, server: { wsUrl: string }, options: TabOptions = {}): Promise<Tab> {
  const context = await browser.newContext({ locale: options.locale, colorScheme: options.colorScheme });
  const page = await context.newPage();
  const name = options.name ?? `t${Math.random().toString(36).slice(2, 7)}`;
  const query = new URLSearchParams({ servers: options.servers ?? server.wsUrl, name });
  if (options.lang) query.set("lang", options.lang);
  await page.goto(`/?${query}#${options.hash ?? "counter"}`);
  const french = options.lang === "fr" || (!options.lang && options.locale?.startsWith("fr"));
  if (options.waitConnected !== false) await expectConnected(page, 15_000, french ? "Connecté" : "Connected");
  return { page, context, name };
}

export async function expectConnected(page: Page, timeout = 15_000, text = "Connected") {
  const name = text === "Connected" ? "Connection status" : "État de la connexion";
  await expect(page.getByRole("status", { name })).toHaveText(text, { timeout });
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  nats: [
    async ({}, use) => {
      const server = await startNatsServer({ allowedOrigins: [appOrigin()] });
      await use(server);
      await server.dispose();
    },
    { scope: "worker" },
  ],
  openTab: async ({ browser, nats }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const tab = await openAppTab(browser, nats, options);
      contexts.push(tab.context);
      return tab;
    });
    await Promise.allSettled(contexts.map((c) => c.close()));
  },
  foreign: async ({ nats }, use) => {
    const nc = await connect({ servers: nats.natsUrl, name: "foreign-node-client" });
    await use(nc);
    await nc.close();
  },
  privateNats: async ({}, use) => {
    const servers: NatsServer[] = [];
    await use(async (options) => {
      const server = await startNatsServer({ allowedOrigins: [appOrigin()], ...options });
      servers.push(server);
      return server;
    });
    await Promise.allSettled(servers.map((s) => s.dispose()));
  },
  uid: async ({}, use, testInfo) => {
    await use(`u${testInfo.workerIndex}x${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`);
  },
});

export { expect };
