import { defineConfig } from "@playwright/test";
import { findChromium } from "./scripts/system-deps.mjs";
import { freePort } from "./scripts/free-port.mjs";

// Chosen once in the runner process; workers inherit the environment.
process.env.PLAYGROUND_APP_PORT ??= String(await freePort());
const appPort = Number(process.env.PLAYGROUND_APP_PORT);
const chromium = findChromium();

export default defineConfig({
  testDir: "e2e",
  // a directory per run: several runs at once must not delete each other's traces
  outputDir: `test-results/run-${appPort}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic",
        "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows"],
    },
  },
  webServer: {
    command: `npx vite build --logLevel warn --outDir .e2e-dist/${appPort} && npx vite preview --outDir .e2e-dist/${appPort} --port ${appPort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${appPort}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
