// `npm run service -- <kind> [options]`: one of the app's controllers, headless
// in Node over TCP. A composition root like src/app: nothing imports it.
import { randomId } from "../host/host";
import type { FeatureDeps } from "../features/controller";
import { cliHost } from "./cli-host";
import { ExitCode, openConnection, reportStatus, untilStopped } from "./lifecycle";
import type { RunningService } from "./lifecycle";
import { createPrinter } from "./printer";
import type { Printer } from "./printer";
import { serviceHelp } from "./service-kinds";
import { parseServiceCommand } from "./service-options";
import type { ServiceBody } from "./service-options";
import { describeUsage } from "./usage-problems";
import { runCounterPublisher, runCounterSubscriber } from "./counter-service";
import { runSubjectsPublisher, runSubscriber } from "./subjects-service";
import { runHotlineAgent, runHotlineAsk } from "./hotline-service";
import { runChat } from "./chat-service";

function start(body: ServiceBody, deps: FeatureDeps, print: Printer): RunningService {
  switch (body.kind) {
    case "counter-publisher":
      return runCounterPublisher(deps, print, body.settings);
    case "counter-subscriber":
      return runCounterSubscriber(deps, print, body.subject);
    case "subjects-publisher":
      return runSubjectsPublisher(deps, print, body.everyMs, body.payload);
    case "subscriber":
      return runSubscriber(deps, print, body.patterns);
    case "hotline-agent":
      return runHotlineAgent(deps, print, body.settings);
    case "hotline-ask":
      return runHotlineAsk(deps, print, body.plan);
    case "chat":
      return runChat(deps, print, body.rooms, body.postTo);
  }
}

async function main(argv: string[]): Promise<number> {
  const command = parseServiceCommand(argv, randomId);
  if (!command.ok) {
    process.stderr.write(`error: ${describeUsage(command.problem)}\n(npm run service -- --help lists every kind and option)\n`);
    return ExitCode.Usage;
  }
  if (command.value.help) {
    process.stdout.write(`${serviceHelp()}\n`);
    return ExitCode.Ok;
  }
  const plan = command.value.plan;
  const print = createPrinter();
  const connection = await openConnection(plan.connection, print);
  if (!connection) return ExitCode.Failed;
  const { client } = connection;
  print.line(`connected to ${client.server()?.url ?? plan.connection.servers.join(", ")} as ${client.name}`);
  const stopReporting = reportStatus(client, print);
  const host = cliHost();
  const running = start(plan, { client, host }, print);
  const code = await untilStopped(running, [connection], host, print);
  stopReporting();
  if (plan.kind !== "hotline-ask") print.line("stopped");
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(ExitCode.Failed);
  },
);
