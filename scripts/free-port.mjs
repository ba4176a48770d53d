// @ts-check
import { createServer } from "node:net";
import { readFileSync } from "node:fs";

/** @returns {Promise<number>} a TCP port free on 127.0.0.1 right now */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** @param {number} port @returns {Promise<boolean>} */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/**
 * The kernel hands out the ports of `ip_local_port_range` (32768–60999 on Linux) for port 0, to
 * anyone. A test server that stops and starts again on its ports (as a user restarts theirs)
 * needs ports nobody else gets meanwhile: this picks one at random below that range, free now.
 * @returns {Promise<number>}
 */
export async function stablePort() {
  const low = ephemeralLow();
  if (low < 12_000) return freePort(); // no room below the range on this system: the kernel's pick
  for (let i = 0; i < 50; i++) {
    const port = 10_000 + Math.floor(Math.random() * (low - 10_000));
    if (await isPortFree(port)) return port;
  }
  return freePort();
}

function ephemeralLow() {
  try {
    return Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 49_152; // the IANA range other systems use
  }
}
