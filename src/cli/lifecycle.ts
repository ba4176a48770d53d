import { connectNode, NodeConnectError } from "../nats/node-connection";
import type { NodeClient, NodeConnectFailure } from "../nats/node-connection";
import type { NatsClient } from "../nats/nats-client";
import type { CliHost } from "./cli-host";
import type { Connection } from "./service-options";
import type { Printer } from "./printer";

/** A service started on a connection: stop() ends its controllers; `finished` when it ends by itself. */
export type RunningService = { stop(): void; finished?: Promise<number> };

export const ExitCode = { Ok: 0, Failed: 1, Usage: 2 } as const;

export function describeConnectFailure(f: NodeConnectFailure, withCredentials: boolean): string {
  const where = f.servers.join(", ");
  switch (f.kind) {
    case "no-answer":
      return `no NATS server answered at ${where}: is one running? (npm start starts one; or nats-server -c nats-server.conf)`;
    case "credentials":
      return withCredentials
        ? `the server at ${where} refused the credentials of --user: check --user and --pass`
        : `the server at ${where} asks for credentials: give --user and --pass`;
    case "timeout":
      return `the server at ${where} did not complete the connection within ${f.timeoutMs / 1000} s: it may be at its max_connections (its log then says "maximum connections exceeded"), or this machine is too busy`;
    case "other":
      return `could not connect to ${where}: ${f.text}`;
  }
}

/** The connection, or undefined after saying why not. */
export async function openConnection(c: Connection, print: Printer, timeoutMs?: number): Promise<NodeClient | undefined> {
  try {
    return await connectNode({ servers: c.servers, name: c.name, user: c.user, pass: c.pass, timeoutMs });
  } catch (err) {
    if (!(err instanceof NodeConnectError)) throw err;
    print.error(`error: ${describeConnectFailure(err.failure, c.user !== undefined)}`);
    return undefined;
  }
}

/** Says when the connection drops and comes back (a server restart, a cluster node killed). */
export function reportStatus(client: NatsClient, print: Printer): () => void {
  return client.onStatus((s) => {
    if (s.type === "disconnected") print.line("connection lost: reconnecting…");
    if (s.type === "reconnected") print.line(`reconnected to ${client.server()?.url ?? "the server"}`);
  });
}

/**
 * Runs until Ctrl-C (SIGINT), SIGTERM or the service's own end, then stops
 * cleanly: goodbyes (the chat's "leaving"), controller.stop(), and a drain of the
 * connection, so what was published is delivered. A second Ctrl-C exits at once.
 */
export async function untilStopped(running: RunningService, connections: readonly NodeClient[], host: CliHost, print: Printer): Promise<number> {
  let signalled!: (code: number) => void;
  const signal = new Promise<number>((resolve) => (signalled = resolve));
  let stopping = false;
  const onSignal = (name: NodeJS.Signals) => {
    if (stopping) {
      print.error(`${name} again: exiting without draining`);
      process.exit(130);
    }
    stopping = true;
    signalled(ExitCode.Ok);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const code = await Promise.race([signal, running.finished ?? new Promise<number>(() => undefined)]);
  stopping = true;
  host.leave();
  running.stop();
  await Promise.allSettled(connections.map((c) => c.drain()));
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  return code;
}
