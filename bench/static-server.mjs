// @ts-check
// Serves the bare baseline page and the nats.ws bundle; and the built app, the same way (no on-the-fly
// compression: vite preview compresses every response, the bare page would be served faster for that alone).
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";

const natsWsEsm = new URL("../node_modules/nats.ws/esm/nats.js", import.meta.url);

/** @param {number} port @returns {Promise<import("node:http").Server>} */
export function serveBare(port) {
  const files = {
    "/": { type: "text/html", body: readFileSync(new URL("./bare.html", import.meta.url)) },
    "/nats.js": { type: "text/javascript", body: readFileSync(natsWsEsm) },
  };
  const server = createServer((req, res) => {
    const f = files[/** @type {keyof typeof files} */ ((req.url ?? "/").split("?")[0])];
    if (!f) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": f.type }).end(f.body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".map": "application/json", ".ico": "image/x-icon", ".svg": "image/svg+xml" };

/** The built app from `dir`: files as they are, index.html for "/". @param {number} port @param {string} dir @returns {Promise<import("node:http").Server>} */
export function serveDir(port, dir) {
  const server = createServer((req, res) => {
    const path = normalize((req.url ?? "/").split("?")[0] ?? "/").replace(/^(\.\.[/\\])+/, "");
    let file = join(dir, path === "/" ? "index.html" : path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, "index.html");
    res.writeHead(200, { "content-type": /** @type {Record<string, string>} */ (TYPES)[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
