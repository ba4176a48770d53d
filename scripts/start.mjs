// @ts-check
// `npm start`: nats-server (with nats-server.conf) + the Vite dev server, together.
// `npm run start:cluster`: three nodes (cluster/node-*.conf) + the app pointed at all three.
// Ctrl-C stops everything. Reuses a nats-server already listening where the config says.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { ensureSystemDeps } from "./system-deps.mjs";
import { findNatsServer } from "./nats-server-process.mjs";
import { isPortFree } from "./free-port.mjs";

const CLUSTER = process.argv.includes("--cluster");
const NODES = CLUSTER
  ? [1, 2, 3].map((i) => ({ config: `cluster/node-${i}.conf`, client: 4230 + i, websocket: 9230 + i, monitoring: 8230 + i, route: 6230 + i }))
  : [{ config: "nats-server.conf", client: 4222, websocket: 9222, monitoring: 8222, route: 0 }];
const PORTS = { ...NODES[0], app: 5173 };
const ADMIN = { user: "admin", pass: "playground-admin" };
const APP_URL = CLUSTER
  ? `http://localhost:${PORTS.app}/?servers=${NODES.map((n) => `ws://127.0.0.1:${n.websocket}`).join(",")}`
  : `http://localhost:${PORTS.app}/`;

ensureSystemDeps();

/** @type {import("node:child_process").ChildProcess[]} */
const children = [];
let stopping = false;
const stopAll = (/** @type {number} */ code) => {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 300);
};
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

/** @param {number} port */
async function runningNatsServer(port = PORTS.monitoring) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/varz`, { signal: AbortSignal.timeout(1000) });
    const varz = await res.json();
    return varz.server_id ? varz : undefined;
  } catch {
    return undefined;
  }
}

/** @param {typeof NODES[number]} node */
async function startNode(node) {
  const existing = await runningNatsServer(node.monitoring);
  if (existing) {
    const ws = existing.websocket?.port;
    console.log(`[start] reusing the nats-server already running (${existing.server_name} ${existing.version}, websocket port ${ws ?? "none"})`);
    if (ws !== node.websocket) console.log(`[start] warning: it has no WebSocket listener on ${node.websocket}; open the app with ?servers=ws://localhost:<its ws port>`);
    return;
  }
  for (const [what, port] of Object.entries(node)) {
    if (what !== "config" && port && !(await isPortFree(Number(port)))) {
      console.error(`[start] port ${port} (${what}) is taken by another program, and it is not a nats-server we can reuse.\n` +
        `        Stop that program, or edit the ports in ${node.config} (then open the app with ?servers=ws://localhost:<websocket port>).`);
      stopAll(1);
      return;
    }
  }
  const bin = /** @type {string} */ (findNatsServer());
  const nats = spawn(bin, ["-c", node.config], { stdio: ["ignore", "inherit", "inherit"] });
  children.push(nats);
  nats.on("exit", (code) => {
    if (!stopping) {
      console.error(`[start] nats-server (${node.config}) exited (code ${code}); stopping.`);
      stopAll(1);
    }
  });
}

async function startNats() {
  await Promise.all(NODES.map(startNode));
  for (const node of NODES) {
    for (let i = 0; i < 100 && !(await runningNatsServer(node.monitoring)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await runningNatsServer(node.monitoring))) {
      console.error(`[start] nats-server (${node.config}) did not come up; see its log above.`);
      stopAll(1);
    }
  }
}

async function prepareStreams() {
  if (!existsSync(new URL("./chat-stream.mjs", import.meta.url))) return;
  try {
    const { ensureChatStream } = await import("./chat-stream.mjs");
    await ensureChatStream(NODES.map((n) => `nats://127.0.0.1:${n.client}`), { ...ADMIN, replicas: NODES.length });
    console.log("[start] chat history stream is ready");
  } catch (err) {
    console.warn(`[start] chat history unavailable: ${(/** @type {Error} */ (err)).message}`);
  }
}

await startNats();
await prepareStreams();
if (!(await isPortFree(PORTS.app))) {
  console.error(`[start] port ${PORTS.app} is taken: is the app already running? Open ${APP_URL}`);
  stopAll(1);
} else {
  const vite = spawn("node_modules/.bin/vite", ["--port", String(PORTS.app), "--strictPort", "--host", "localhost", "--clearScreen", "false"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(vite);
  vite.on("exit", (code) => !stopping && stopAll(code ?? 1));
  console.log(`\n  NATS Playground → open ${APP_URL}\n  (several tabs = several NATS clients; Ctrl-C stops the app and nats-server)\n`);
}
