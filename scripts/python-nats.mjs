// @ts-check
// A Python with nats-py (the lab's client library) for the tests that run real
// Python clients: a virtualenv in the git-ignored .venv-nats/. Made on demand
// (`node scripts/python-nats.mjs`, and `npm test` does it); when it cannot be
// made, says exactly why, and those tests skip with that reason.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const VENV = join(root, ".venv-nats");
const PYTHON = join(VENV, "bin", "python");

/** @param {string} cmd @param {string[]} args */
const run = (cmd, args) => spawnSync(cmd, args, { encoding: "utf8", timeout: 180_000 });

/** @returns {{ python: string } | { missing: string }} the venv's python if nats-py imports there */
export function pythonWithNats() {
  if (existsSync(PYTHON) && run(PYTHON, ["-c", "import nats"]).status === 0) return { python: PYTHON };
  return { missing: `no Python with nats-py in ${VENV}: run  node scripts/python-nats.mjs` };
}

/** @returns {{ python: string } | { missing: string }} */
export function ensurePythonNats() {
  const ready = pythonWithNats();
  if ("python" in ready) return ready;
  const python3 = ["python3", "/usr/bin/python3"].find((p) => run(p, ["--version"]).status === 0);
  if (!python3) return { missing: "python3 is not installed (sudo apt-get install -y python3 python3-venv)" };
  let venv = run(python3, ["-m", "venv", VENV]);
  if (venv.status !== 0 && process.getuid?.() === 0 && run("apt-get", ["--version"]).status === 0) {
    // Debian splits venv out of python3
    run("apt-get", ["install", "-y", "-qq", "python3-venv"]);
    venv = run(python3, ["-m", "venv", VENV]);
  }
  if (venv.status !== 0) return { missing: `could not make a virtualenv (${(venv.stderr || venv.stdout).trim().split("\n").at(-1)}): sudo apt-get install -y python3-venv` };
  const pip = run(join(VENV, "bin", "pip"), ["install", "-q", "--retries", "1", "--timeout", "10", "nats-py"]);
  if (pip.status !== 0) return { missing: `pip could not install nats-py (${(pip.stderr || "").trim().split("\n").at(-1)})` };
  return pythonWithNats();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = ensurePythonNats();
  console.log("python" in r ? `[python] nats-py ready: ${r.python}` : `[python] ${r.missing}`);
}
