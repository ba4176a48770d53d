// @ts-check
// Starts a real nats-server for tests, the benchmark and `npm start`.
// Ports are picked free below the kernel's range for port 0 (stablePort in free-port.mjs), so a
// server restarted on its ports finds them still free, and read back from ports_file_dir.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, writeFileSync, rmSync, readdirSync} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const INSTALL_HINT =
  "nats-server is not installed. Install it with:\n" +
  "  sudo apt-get install -y nats-server        (Debian/Ubuntu)\n" +
  "  brew install nats-server                   (macOS)\n" +
  "or download a release from https://github.com/nats-io/nats-server/releases and put it on PATH\n" +
  "(or set NATS_SERVER=/path/to/nats-server).";

/** every server this process started; none may outlive it (a killed test worker included) */
const running = new Set();
process.once("exit", () => {
  for (const c of running) c.kill("SIGKILL");
});

// Test servers run with the product's users and permissions (nats-auth.conf).
const DEFAULT_AUTH = true;

/** The privileged user of nats-auth.conf, for scripts (stream creation). */
export const ADMIN = { user: "admin", pass: "playground-admin" };

/**
 * Three nodes of one cluster on free ports, for failover tests.
 * @param {import("./nats-server-process").NatsServerOptions} [options]
 * @returns {Promise<import("./nats-server-process").NatsServer[]>}
 */
export async function startNatsCluster(options = {}) {
  const { stablePort } = await import("./free-port.mjs");
  // a route port is free when picked and bound a moment later: something can take it meanwhile
  // (a fresh-clone run saw "Error listening on router port … address already in use", when route
  // ports still came from the kernel's pool). Then the nodes that did start are stopped and the
  // cluster starts again on other ports.
  for (let attempt = 1; ; attempt++) {
    const routes = [await stablePort(), await stablePort(), await stablePort()];
    // a name of its own: a node left over from another run must never join this cluster
    const name = `test-${process.pid}-${Date.now().toString(36)}-${attempt}`;
    const started = await Promise.allSettled(
      routes.map((port, i) =>
        startNatsServer({ ...options, serverName: `node-${i + 1}`, cluster: { name, port, routes } }),
      ),
    );
    const nodes = started.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    if (nodes.length === routes.length) return nodes;
    await Promise.all(nodes.map((n) => n.dispose()));
    const failure = started.find((r) => r.status === "rejected");
    const reason = failure?.status === "rejected" ? failure.reason : undefined;
    if (attempt >= 3 || !/address already in use/.test(String(reason?.message ?? reason))) throw reason;
  }
}

/** @param {string} file @returns {{ nats: string[]; websocket: string[]; monitoring: string[] } | undefined} */
function readPorts(file) {
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, "utf8"));
    return info.nats?.[0] && info.websocket?.[0] && info.monitoring?.[0] ? info : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {string | undefined} */
export function findNatsServer() {
  const candidates = [process.env.NATS_SERVER, "nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"];
  for (const c of candidates) {
    if (!c) continue;
    const r = spawnSync(c, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return c;
  }
  return undefined;
}

export function requireNatsServer() {
  const bin = findNatsServer();
  if (!bin) throw new Error(INSTALL_HINT);
  return bin;
}

/**
 * @param {import("./nats-server-process").NatsServerOptions} [options]
 * @returns {Promise<import("./nats-server-process").NatsServer>}
 */
export async function startNatsServer(options = {}) {
  if (options.auth === undefined) options = { ...options, auth: process.env.PLAYGROUND_TEST_AUTH !== "0" && DEFAULT_AUTH };
  const bin = requireNatsServer();
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "nats-playground-"));
  const { stablePort } = await import("./free-port.mjs");
  // Ports below the kernel's range for port 0 (free-port.mjs): a restart binds them again while
  // other servers start and stop, and nobody else gets them meanwhile.
  const pickPorts = async () => ({
    client: options.ports?.client ?? (await stablePort()),
    websocket: options.ports?.websocket ?? (await stablePort()),
    monitoring: options.ports?.monitoring ?? (await stablePort()),
  });
  const origins = options.allowedOrigins ?? [];
  const configLines = (/** @type {{ client: number; websocket: number; monitoring: number }} */ ports) => [
    `server_name: ${JSON.stringify(options.serverName ?? "test")}`,
    `host: 127.0.0.1`,
    `port: ${ports.client}`,
    `http: "127.0.0.1:${ports.monitoring}"`,
    `ports_file_dir: ${JSON.stringify(dir)}`,
    `max_payload: ${options.maxPayload ?? 1048576}`,
    `websocket {`,
    `  host: 127.0.0.1`,
    `  port: ${ports.websocket}`,
    `  no_tls: true`,
    origins.length ? `  allowed_origins: ${JSON.stringify(origins)}` : "",
    `}`,
    options.jetstream === false ? "" : `jetstream { store_dir: ${JSON.stringify(join(dir, "jetstream"))} }`,
    options.cluster
      ? `cluster { name: ${options.cluster.name}, host: 127.0.0.1, port: ${options.cluster.port}, routes: ${JSON.stringify(options.cluster.routes.map((p) => `nats-route://127.0.0.1:${p}`))} }`
      : "",
    options.auth ? `include "nats-auth.conf"` : "",
    options.extraConfig ?? "",
  ];
  // nats-server resolves includes relative to the including file: copy the product's rules next to it
  // (a server started without JetStream must not declare it for the account either)
  if (options.auth) {
    const rules = options.authRules ?? readFileSync(new URL("../nats-auth.conf", import.meta.url), "utf8");
    writeFileSync(join(dir, "nats-auth.conf"), options.jetstream === false ? rules.replace(/^\s*jetstream: enabled\s*$/m, "") : rules);
  }
  const configPath = join(dir, "nats-server.conf");

  /** @type {import("node:child_process").ChildProcess | undefined} */
  let child;
  let log = "";
  const launch = async () => {
    for (const f of readdirSync(dir)) if (f.endsWith(".ports")) rmSync(join(dir, f));
    child = spawn(bin, ["-c", configPath], { stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    child.once("exit", () => running.delete(/** @type {import("node:child_process").ChildProcess} */ (child)));
    child.stdout?.on("data", (d) => (log += d));
    child.stderr?.on("data", (d) => (log += d));
    const pid = child.pid;
    const portsFile = join(dir, `nats-server_${pid}.ports`);
    const deadline = Date.now() + 10_000;
    // the file appears before the server has finished writing it: read until it parses
    let info;
    while (!(info = readPorts(portsFile))) {
      if (child.exitCode !== null) throw new Error(`nats-server exited at start-up:\n${log}`);
      if (Date.now() > deadline) throw new Error(`nats-server did not start within 10 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return {
      natsUrl: info.nats[0],
      wsUrl: info.websocket[0],
      monitorUrl: info.monitoring[0],
    };
  };

  // Restarts (start()) reuse the same ports and config, the way a user restarts their server.
  // A port picked free can still be taken before the server binds it: then other ports are picked
  // (only ports the caller left to us; a cluster's route port is the caller's, see startNatsCluster).
  let urls;
  for (let attempt = 1; ; attempt++) {
    writeFileSync(configPath, configLines(await pickPorts()).join("\n") + "\n");
    try {
      urls = await launch();
      break;
    } catch (e) {
      child?.kill("SIGKILL");
      const said = String(/** @type {Error} */ (e).message);
      const taken = /address already in use/.test(said) && !/router port/.test(said);
      if (taken && attempt < 3 && !options.ports) continue;
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  }

  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return; // (a killed child has no exit code)
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGTERM");
    const timer = setTimeout(() => c.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };

  return {
    get natsUrl() { return urls.natsUrl; },
    get wsUrl() { return urls.wsUrl; },
    get monitorUrl() { return urls.monitorUrl; },
    get pid() { return child?.pid ?? -1; },
    dir,
    configPath,
    log: () => log,
    stop,
    kill: async () => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return; // (a killed child has no exit code)
      const exited = new Promise((r) => c.once("exit", r));
      c.kill("SIGKILL");
      await exited;
    },
    start: async () => {
      urls = await launch();
    },
    async dispose() {
      await stop();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
