import type { OptionSpec, Parse } from "./cli-args";
import { asksForHelp, fail, HELP_OPTION, optionLines, parseArgs, wholeNumber } from "./cli-args";
import type { Credentials } from "./connection-options";
import { CREDENTIAL_OPTIONS, parseCredentials, parseServers, SERVERS_OPTION } from "./connection-options";
import { CONNECTIONS_PER_STUDENT, expectedRates, SCHEDULE, SUBSCRIBERS } from "./class-schedule";
import type { Span } from "./class-schedule";
import { QUEUE_GROUP, DEFAULT_SUBJECT } from "../features/hotline/hotline-protocol";
import { PRESENCE } from "../features/chat/chat-constants";

export const MAX_STUDENTS = 300;
export const MAX_DURATION_S = 86_400;
export const DEFAULT_DURATION_S = 60;
const MAX_SEED = 2 ** 32 - 1;

export type ClassPlan = { students: number; servers: string[]; durationS: number; seed: number; seedGiven: boolean } & Credentials;
export type ClassCommand = { help: true } | { help: false; plan: ClassPlan };

const OPTIONS: OptionSpec[] = [
  { name: "students", value: "N", help: `how many students (1 to ${MAX_STUDENTS}); required` },
  SERVERS_OPTION,
  { name: "duration", value: "S", help: `seconds before the class stops by itself (1 to ${MAX_DURATION_S})`, default: String(DEFAULT_DURATION_S) },
  { name: "seed", value: "K", help: "the same seed gives the same class: who publishes what, when, and asks what", default: "random, printed at start" },
  ...CREDENTIAL_OPTIONS,
  HELP_OPTION,
];

export function parseClassCommand(argv: readonly string[], randomSeed: () => number): Parse<ClassCommand> {
  if (asksForHelp(argv)) return { ok: true, value: { help: true } };
  const parsed = parseArgs(argv, OPTIONS, "class");
  if (!parsed.ok) return parsed;
  const args = parsed.value;
  if (args.positionals.length > 0) return fail({ kind: "extra-argument", command: "class", text: args.positionals[0]! });
  if (args.values.students === undefined) return fail({ kind: "missing-argument", command: "class", what: `--students N (1 to ${MAX_STUDENTS})` });
  const students = wholeNumber("students", args.values.students, 1, MAX_STUDENTS);
  if (!students.ok) return students;
  const servers = parseServers(args.values.servers);
  if (!servers.ok) return servers;
  const durationS = wholeNumber("duration", args.values.duration ?? String(DEFAULT_DURATION_S), 1, MAX_DURATION_S);
  if (!durationS.ok) return durationS;
  const seedText = args.values.seed;
  const seed = seedText === undefined ? { ok: true as const, value: randomSeed() } : wholeNumber("seed", seedText, 0, MAX_SEED);
  if (!seed.ok) return seed;
  const credentials = parseCredentials(args);
  if (!credentials.ok) return credentials;
  const plan: ClassPlan = {
    students: students.value,
    servers: servers.value,
    durationS: durationS.value,
    seed: seed.value,
    seedGiven: seedText !== undefined,
    ...credentials.value,
  };
  return { ok: true, value: { help: false, plan } };
}

const s = ([min, max]: Span) => `${min / 1000}–${max / 1000} s`;
function roleLines(roles: [string, string][]): string[] {
  const width = Math.max(...roles.map(([role]) => role.length)) + "student-07-".length;
  return roles.map(([role, what]) => `  ${`student-07-${role}`.padEnd(width)}  ${what}`);
}

const rate = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(2));

export function classHelp(): string {
  const one = expectedRates(1);
  const perStudent = (n: number) => expectedRates(n).in;
  return [
    "npm run class -- --students N [--servers URL] [--duration S] [--seed K]",
    "",
    "Simulates a class on one nats-server: each student is a set of named connections running the app's own",
    "controllers, as a student's tabs and services would. Live totals on one progress line, a summary at the end.",
    "Stops by itself after --duration, or on Ctrl-C (each chat says goodbye, every connection is drained).",
    "",
    ...optionLines(OPTIONS),
    "",
    `Each student (student-07 below) opens ${CONNECTIONS_PER_STUDENT} connections:`,
    ...roleLines([
      ["counter", `a counter publisher on compteur.student-07, every ${s(SCHEDULE.counterIntervalMs)} (drawn once per student), step 2`],
      ["subjects", `a random city of the dataset on fr.<region>.<department>.<city>, every ${s(SCHEDULE.cityEveryMs)}`],
      ...SUBSCRIBERS.map((sub): [string, string] => [sub.suffix, `a subscriber on ${sub.pattern}`]),
      ["agent", `a hotline agent named student-07 on ${DEFAULT_SUBJECT}, in the queue group ${QUEUE_GROUP}`],
      ["caller", `a hotline request (ping, time, sum, upper, echo) every ${s(SCHEDULE.requestEveryMs)}`],
      ["chat", `student-07 in chat.general: presence every ${PRESENCE.heartbeatMs / 1000} s, a post every ${s(SCHEDULE.chatPostEveryMs)}`],
    ]),
    "",
    "Rates (bounded; the same for every seed, on average):",
    `  each student sends about ${rate(one.out)} messages/s: counter ${rate(one.counter)}, cities ${rate(one.cities)}, requests ${rate(one.requests)}`,
    `  (and as many replies), chat posts ${rate(one.posts)}, presence heartbeats ${rate(one.heartbeats)}.`,
    `  What it receives grows with the class: about ${rate(perStudent(10))} messages/s per student with 10 students,`,
    `  ${rate(perStudent(30))} with 30, ${rate(perStudent(100))} with 100 (everyone's heartbeats and posts, and the ${(one.matched * 100).toFixed(0)}% of`,
    "  cities its three subscribers match). A class of N puts about N × that through this one process.",
    `  Connections: ${CONNECTIONS_PER_STUDENT} per student; nats-server.conf allows 1000 (max_connections), so up to ${Math.floor(1000 / CONNECTIONS_PER_STUDENT)} students`,
    "  on `npm start`'s server: raise max_connections for more.",
    "",
    "Only the servers of --servers are used (default: this machine). Exit code 0 after a run, 1 when a connection",
    "failed, 2 on a bad command line.",
  ].join("\n");
}
