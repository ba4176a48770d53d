import type { OptionSpec } from "./cli-args";
import { HELP_OPTION, optionLines } from "./cli-args";
import { CREDENTIAL_OPTIONS, SERVERS_OPTION } from "./connection-options";
import { DEFAULT_FORM } from "../features/counter/counter-logic";
import { DEFAULT_EVERY_MS, DEFAULT_PAYLOAD } from "../features/subjects/publisher/publisher-logic";
import { DEFAULT_PATTERNS } from "../features/subjects/receiver/receiver-store";
import { DEFAULT_SUBJECT, QUEUE_GROUP } from "../features/hotline/hotline-protocol";
import { DEFAULT_REQUESTER_FORM } from "../features/hotline/hotline-request-form";
import { CHAT, PRESENCE } from "../features/chat/chat-constants";

// Every service `npm run service` runs: its options, defaults and help. The
// defaults are the panels' own, read from the features.

export const KINDS = [
  "counter-publisher",
  "counter-subscriber",
  "subjects-publisher",
  "subscriber",
  "hotline-agent",
  "hotline-ask",
  "chat",
] as const;
export type Kind = (typeof KINDS)[number];

export const isKind = (text: string): text is Kind => (KINDS as readonly string[]).includes(text);

type KindSpec = { args?: string; summary: string; options: OptionSpec[] };

const counterSubject: OptionSpec = { name: "subject", value: "SUBJECT", help: "the subject of the counter", default: DEFAULT_FORM.subject };

export const KIND_SPECS: Record<Kind, KindSpec> = {
  "counter-publisher": {
    summary: "publishes start, start+step, … as decimal text every interval, like the Counter panel's publisher (lab V.1)",
    options: [
      counterSubject,
      { name: "interval", value: "MS", help: "milliseconds between two values (at least 100)", default: DEFAULT_FORM.intervalMs },
      { name: "step", value: "N", help: "added to the value each time (not 0)", default: DEFAULT_FORM.step },
      { name: "start", value: "N", help: "the first value", default: DEFAULT_FORM.start },
    ],
  },
  "counter-subscriber": {
    summary: "prints every value received on the subject, who published it, and the gaps (missed values, restarts)",
    options: [counterSubject],
  },
  "subjects-publisher": {
    summary: "publishes on fr.<region>.<department>.<city>, a random city of the dataset every --every ms (lab V.2)",
    options: [
      { name: "every", value: "MS", help: "milliseconds between two messages (1 and up)", default: DEFAULT_EVERY_MS },
      { name: "payload", value: "TEXT", help: "the payload; {time}, {n} and {subject} are filled in at each send", default: DEFAULT_PAYLOAD },
    ],
  },
  subscriber: {
    args: "<pattern…>",
    summary: `one subscription per pattern; prints each message once, with the patterns that received it (try ${DEFAULT_PATTERNS.join(" ")})`,
    options: [],
  },
  "hotline-agent": {
    summary: `answers the hotline protocol (ping, echo, time, sum, upper, sleep) in the queue group ${QUEUE_GROUP}, like a tab's agent (lab V.3)`,
    options: [
      { name: "subject", value: "SUBJECT", help: "where to answer (a pattern is allowed)", default: DEFAULT_SUBJECT },
      { name: "agent", value: "NAME", help: "the name the replies carry", default: "the connection's --name" },
      { name: "reply-with", value: "respond|publish", help: "msg.respond(), or a publish to the reply subject", default: "respond" },
    ],
  },
  "hotline-ask": {
    args: "<json>",
    summary: "sends one hotline request and prints the result; exit code 0 on a reply, 1 on an error reply, no responders or a timeout",
    options: [
      { name: "subject", value: "SUBJECT", help: "where to ask", default: DEFAULT_SUBJECT },
      { name: "timeout", value: "MS", help: "how long to wait for the reply", default: DEFAULT_REQUESTER_FORM.timeoutMs },
      { name: "mode", value: "request|inbox", help: "client.request(), or the lab's explicit inbox", default: DEFAULT_REQUESTER_FORM.mode },
    ],
  },
  chat: {
    summary: `joins the rooms, prints their messages (history first) and who comes and goes; each line typed on stdin is posted (lab V.4); heartbeats on ${PRESENCE.prefix}… every ${PRESENCE.heartbeatMs / 1000} s`,
    options: [
      { name: "rooms", value: "PATTERN[,PATTERN…]", help: "rooms or patterns to join (chat.*, chat.> work too)", default: CHAT.defaultSubscriptions.join(",") },
      { name: "post-to", value: "SUBJECT", help: "the room lines typed on stdin go to", default: "the first room of --rooms that is not a pattern" },
    ],
  },
};

export const COMMON_OPTIONS: OptionSpec[] = [
  SERVERS_OPTION,
  { name: "name", value: "NAME", help: "the connection's name (seen in the Network panel; the agent's and the chat's name too)", default: "<kind>-<random>" },
  ...CREDENTIAL_OPTIONS,
  HELP_OPTION,
];

export const optionsOf = (kind: Kind): OptionSpec[] => [...KIND_SPECS[kind].options, ...COMMON_OPTIONS];

export function serviceHelp(): string {
  const lines = [
    "npm run service -- <kind> [options]",
    "",
    "Runs one of the playground's services headless in Node, over TCP (the `nats` package), with the",
    "same code, behaviour and payloads as the panel. Ctrl-C stops it cleanly (the connection is drained).",
    "",
    "Kinds:",
  ];
  for (const kind of KINDS) {
    const spec = KIND_SPECS[kind];
    lines.push("", `  ${kind}${spec.args ? ` ${spec.args}` : ""}`, `    ${spec.summary}`);
    if (spec.options.length > 0) lines.push(...optionLines(spec.options, "    "));
  }
  lines.push(
    "",
    "Options of every kind:",
    ...optionLines(COMMON_OPTIONS, "    "),
    "",
    "Exit codes: 0 stopped normally (hotline-ask: a reply), 1 no server, refused or no reply, 2 bad command line.",
    "",
    "Examples:",
    "  npm run service -- counter-publisher --interval 1000",
    "  npm run service -- subscriber 'fr.grand_est.>' 'fr.*.*.strasbourg'",
    "  npm run service -- hotline-agent --name node-agent",
    `  npm run service -- hotline-ask '{"code":"sum","values":[1,2,3.5]}' --mode inbox`,
    "  npm run service -- chat --name alice --rooms chat.general,chat.dev",
  );
  return lines.join("\n");
}
