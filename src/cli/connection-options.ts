import type { OptionSpec, Parse, ParsedArgs } from "./cli-args";
import { fail } from "./cli-args";

// Where a service or a class connects, and as whom: the options every command shares.

export const DEFAULT_SERVERS = "nats://127.0.0.1:4222";
export const MAX_NAME_LENGTH = 100;

export const SERVERS_OPTION: OptionSpec = {
  name: "servers",
  value: "URL[,URL…]",
  help: "the NATS servers to connect to, over TCP (a cluster: several, comma-separated)",
  default: DEFAULT_SERVERS,
};
export const CREDENTIAL_OPTIONS: OptionSpec[] = [
  { name: "user", value: "USER", help: "user name, for a server that asks for one (with --pass)" },
  { name: "pass", value: "PASSWORD", help: "password of --user" },
];

export type Credentials = { user?: string; pass?: string };

/** nats://host:port, tls://host:port or plain host:port; never ws:// (that is the browsers' listener). */
export function parseServers(text: string = DEFAULT_SERVERS): Parse<string[]> {
  const servers: string[] = [];
  for (const raw of text.split(",")) {
    const one = raw.trim();
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(one) ? one : `nats://${one}`;
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      return fail({ kind: "servers", text: one, why: "not-a-url" });
    }
    const scheme = url.protocol.slice(0, -1).toLowerCase();
    if (scheme === "ws" || scheme === "wss") return fail({ kind: "servers", text: one, why: "websocket" });
    if (scheme === "http" || scheme === "https") return fail({ kind: "servers", text: one, why: "http" });
    if (scheme !== "nats" && scheme !== "tls") return fail({ kind: "servers", text: one, why: "scheme" });
    if (!url.hostname || (url.pathname !== "" && url.pathname !== "/") || url.search || url.hash) {
      return fail({ kind: "servers", text: one, why: "not-a-url" });
    }
    servers.push(`${scheme}://${url.host}`);
  }
  return { ok: true, value: servers };
}

export function parseCredentials(args: ParsedArgs): Parse<Credentials> {
  const { user, pass } = args.values;
  if (user !== undefined && pass === undefined) return fail({ kind: "credentials-half", given: "--user", missing: "--pass" });
  if (pass !== undefined && user === undefined) return fail({ kind: "credentials-half", given: "--pass", missing: "--user" });
  return { ok: true, value: user === undefined ? {} : { user, pass } };
}

export function parseName(option: string, text: string): Parse<string> {
  const name = text.trim();
  if (name === "") return fail({ kind: "name", option: `--${option}`, why: "whitespace", max: MAX_NAME_LENGTH });
  if (name.length > MAX_NAME_LENGTH) return fail({ kind: "name", option: `--${option}`, why: "too-long", max: MAX_NAME_LENGTH });
  return { ok: true, value: name };
}
