// @ts-check
// Serves the bare baseline page and the nats.ws bundle, nothing else.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";

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
