// `npm run class -- --students N`: a simulated class, each student a set of
// named connections running the app's controllers. A composition root like
// src/app: nothing imports it.
import { connectNode, NodeConnectError } from "../nats/node-connection";
import type { NodeClient } from "../nats/node-connection";
import { cliHost } from "./cli-host";
import type { CliHost } from "./cli-host";
import { classHelp, parseClassCommand } from "./class-options";
import type { ClassPlan } from "./class-options";
import { activityRandom, CONNECTIONS_PER_STUDENT, studentName, SUBSCRIBERS } from "./class-schedule";
import { startStudent } from "./class-student";
import type { Student, StudentConnections } from "./class-student";
import { progressLine, summaryLines, totalsOf } from "./class-totals";
import { describeConnectFailure, ExitCode } from "./lifecycle";
import { createPrinter } from "./printer";
import type { Printer } from "./printer";
import { describeUsage } from "./usage-problems";

/** a connection the server leaves waiting this long is refused (max_connections): say so rather than hang */
const CONNECT_TIMEOUT_MS = 5000;
const PROGRESS_EVERY_MS = 1000;
/** off a terminal (a log, a test) the progress line is a plain line: after a second, then every this many seconds */
const PLAIN_PROGRESS_EVERY_S = 5;
/** timers of the class's controllers batch by this much where a tab would per frame: nothing paints here */
const FRAME_MS = 100;

type Running = { clients: NodeClient[]; students: Student[]; reconnecting: Set<NodeClient> };

function abortSignal() {
  let aborted = false;
  let wake!: () => void;
  const woken = new Promise<void>((resolve) => (wake = resolve));
  const onSignal = () => {
    if (aborted) process.exit(130);
    aborted = true;
    wake();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return { aborted: () => aborted, woken };
}

/** A student's connections, all or none: on a failure the others are closed again. */
async function openStudent(name: string, plan: ClassPlan, run: Running): Promise<StudentConnections> {
  const roles = ["counter", "subjects", ...SUBSCRIBERS.map((s) => s.suffix), "agent", "caller", "chat"];
  const opened = await Promise.allSettled(
    roles.map((role) => connectNode({ servers: plan.servers, name: `${name}-${role}`, user: plan.user, pass: plan.pass, timeoutMs: CONNECT_TIMEOUT_MS })),
  );
  const clients = opened.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const failed = opened.find((r) => r.status === "rejected");
  if (failed) {
    await Promise.allSettled(clients.map((c) => c.close()));
    throw failed.reason;
  }
  for (const c of clients) {
    run.clients.push(c);
    c.client.onStatus((s) => {
      if (s.type === "disconnected") run.reconnecting.add(c);
      if (s.type === "reconnected" || s.type === "closed") run.reconnecting.delete(c);
    });
  }
  const [counter, subjects, ...rest] = clients as [NodeClient, NodeClient, ...NodeClient[]];
  const subscribers = rest.slice(0, SUBSCRIBERS.length);
  const [agent, caller, chat] = rest.slice(SUBSCRIBERS.length) as [NodeClient, NodeClient, NodeClient];
  return { counter, subjects, subscribers, agent, caller, chat };
}

async function openClass(plan: ClassPlan, run: Running, host: CliHost, print: Printer, aborted: () => boolean): Promise<boolean> {
  for (let i = 0; i < plan.students && !aborted(); i++) {
    const name = studentName(i, plan.students);
    let connections: StudentConnections;
    try {
      connections = await openStudent(name, plan, run);
    } catch (err) {
      if (!(err instanceof NodeConnectError)) throw err;
      print.endProgress();
      print.error(`error: ${name} could not connect: ${describeConnectFailure(err.failure, plan.user !== undefined)}`);
      print.error(`(${run.clients.length} connections were open; this class needs ${plan.students * CONNECTIONS_PER_STUDENT}, ${CONNECTIONS_PER_STUDENT} per student)`);
      return false;
    }
    run.students.push(startStudent(name, connections, host, (activity) => activityRandom(plan.seed, i, activity)));
    print.progress(`starting the class: ${i + 1}/${plan.students} students, ${run.clients.length} connections`);
  }
  return true;
}

async function main(argv: string[]): Promise<number> {
  const command = parseClassCommand(argv, () => Math.floor(Math.random() * 2 ** 32));
  if (!command.ok) {
    process.stderr.write(`error: ${describeUsage(command.problem)}\n(npm run class -- --help lists the options)\n`);
    return ExitCode.Usage;
  }
  if (command.value.help) {
    process.stdout.write(`${classHelp()}\n`);
    return ExitCode.Ok;
  }
  const plan = command.value.plan;
  const print = createPrinter();
  const { aborted, woken } = abortSignal();
  print.line(
    `a class of ${plan.students} students on ${plan.servers.join(", ")} for ${plan.durationS} s, seed ${plan.seed}${plan.seedGiven ? "" : ` (run it again with --seed ${plan.seed})`}`,
  );
  const host = cliHost({ frameMs: FRAME_MS });
  const run: Running = { clients: [], students: [], reconnecting: new Set() };
  const opened = await openClass(plan, run, host, print, aborted);
  const started = Date.now();
  const atStart = totalsOf(run.clients, run.students, 0);
  if (opened && !aborted()) {
    print.endProgress();
    print.line(`all ${plan.students} students are in: ${run.clients.length} connections`);
    let before = atStart;
    let last = started;
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks++;
      if (!process.stdout.isTTY && ticks !== 1 && ticks % PLAIN_PROGRESS_EVERY_S !== 0) return;
      const now = Date.now();
      const totals = totalsOf(run.clients, run.students, run.reconnecting.size);
      print.progress(progressLine(totals, before, now - last, Math.round((now - started) / 1000), plan.durationS));
      before = totals;
      last = now;
    }, PROGRESS_EVERY_MS);
    await Promise.race([woken, new Promise((resolve) => setTimeout(resolve, plan.durationS * 1000))]);
    clearInterval(ticker);
    print.endProgress();
  }
  const seconds = (Date.now() - started) / 1000;
  print.line(aborted() ? "stopping (interrupted)…" : "stopping…");
  host.leave();
  run.students.forEach((s) => s.stop());
  await Promise.allSettled(run.clients.map((c) => c.drain()));
  for (const line of summaryLines(totalsOf(run.clients, run.students, 0), atStart, run.students.length, opened ? seconds : 0)) print.line(line);
  return opened ? ExitCode.Ok : ExitCode.Failed;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(ExitCode.Failed);
  },
);
