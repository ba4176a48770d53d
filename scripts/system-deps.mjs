// @ts-check
// Finds the system programs the project needs (nats-server, a Chromium for the
// browser tests). When one is missing: installs it with apt-get if we are root
// on Debian/Ubuntu, otherwise stops and names the exact command to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findNatsServer, INSTALL_HINT } from "./nats-server-process.mjs";

export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

const canApt = () => process.getuid?.() === 0 && spawnSync("apt-get", ["--version"]).status === 0;

/** @param {string[]} packages */
function aptInstall(packages) {
  console.log(`[deps] installing ${packages.join(" ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  return spawnSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env }).status === 0;
}

/** @param {{ chromium?: boolean }} [need] */
export function ensureSystemDeps(need = {}) {
  const missing = [];
  if (!findNatsServer()) missing.push("nats-server");
  if (need.chromium && !findChromium()) missing.push("chromium");
  if (missing.length === 0) return;
  if (canApt() && aptInstall(missing)) {
    if ((!missing.includes("nats-server") || findNatsServer()) && (!missing.includes("chromium") || findChromium())) return;
  }
  const lines = ["Missing system programs: " + missing.join(", ")];
  if (missing.includes("nats-server")) lines.push(INSTALL_HINT);
  if (missing.includes("chromium")) {
    lines.push(
      "Chromium is needed for the browser tests. Install it with:\n" +
        "  sudo apt-get install -y chromium            (Debian)\n" +
        "  sudo apt-get install -y chromium-browser    (Ubuntu)\n" +
        "or point CHROMIUM_PATH at an installed Chrome/Chromium.",
    );
  }
  console.error(lines.join("\n\n"));
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureSystemDeps({ chromium: process.argv.includes("--chromium") });
  console.log(`[deps] nats-server: ${findNatsServer()}${process.argv.includes("--chromium") ? `, chromium: ${findChromium()}` : ""}`);
}
