import type { Parse, ParsedArgs } from "./cli-args";
import { asksForHelp, choice, fail, parseArgs } from "./cli-args";
import type { Credentials } from "./connection-options";
import { parseCredentials, parseName, parseServers } from "./connection-options";
import type { Kind } from "./service-kinds";
import { isKind, KIND_SPECS, KINDS, optionsOf } from "./service-kinds";
import type { CounterSettings } from "../features/counter/counter-logic";
import { checkForm, DEFAULT_FORM } from "../features/counter/counter-logic";
import { checkEvery, DEFAULT_EVERY_MS, DEFAULT_PAYLOAD } from "../features/subjects/publisher/publisher-logic";
import { isWildcardPattern, shown, validatePattern } from "../subjects/subject-grammar";
import type { AgentSettings } from "../features/hotline/hotline-agent-form";
import { checkAgentForm, ReplyMode } from "../features/hotline/hotline-agent-form";
import { DEFAULT_SUBJECT } from "../features/hotline/hotline-protocol";
import type { CallPlan } from "../features/hotline/hotline-request-form";
import { AskMode, checkRequest, DEFAULT_REQUESTER_FORM } from "../features/hotline/hotline-request-form";
import { checkJoin, checkName, checkTarget } from "../features/chat/chat-checks";
import { CHAT } from "../features/chat/chat-constants";

// `npm run service -- <kind> [options]` as a typed plan. Every value is checked
// by the feature's own validator: the terminal refuses what the panel refuses.

export type Connection = { servers: string[]; name: string } & Credentials;

/** What the service does, whatever it connects to. */
export type ServiceBody =
  | { kind: "counter-publisher"; settings: CounterSettings }
  | { kind: "counter-subscriber"; subject: string }
  | { kind: "subjects-publisher"; everyMs: number; payload: string }
  | { kind: "subscriber"; patterns: string[] }
  | { kind: "hotline-agent"; settings: AgentSettings }
  | { kind: "hotline-ask"; plan: CallPlan }
  | { kind: "chat"; rooms: string[]; postTo: string };

export type ServicePlan = ServiceBody & { connection: Connection };

export type ServiceCommand = { help: true } | { help: false; plan: ServicePlan };

type Body = Parse<ServiceBody>;

export function parseServiceCommand(argv: readonly string[], randomId: () => string): Parse<ServiceCommand> {
  if (asksForHelp(argv)) return { ok: true, value: { help: true } };
  const [kind, ...rest] = argv;
  if (kind === undefined || kind.startsWith("-")) return fail({ kind: "no-kind", kinds: KINDS });
  if (!isKind(kind)) return fail({ kind: "unknown-kind", text: kind, kinds: KINDS });
  const parsed = parseArgs(rest, optionsOf(kind), kind);
  if (!parsed.ok) return parsed;
  const args = parsed.value;
  const wanted = KIND_SPECS[kind].args;
  if (!wanted && args.positionals.length > 0) return fail({ kind: "extra-argument", command: kind, text: args.positionals[0]! });

  const servers = parseServers(args.values.servers);
  if (!servers.ok) return servers;
  const credentials = parseCredentials(args);
  if (!credentials.ok) return credentials;
  const name = parseName("name", args.values.name ?? `${kind}-${randomId().slice(0, 4)}`);
  if (!name.ok) return name;
  const body = parseBody(kind, args, name.value);
  if (!body.ok) return body;
  const plan: ServicePlan = { ...body.value, connection: { servers: servers.value, name: name.value, ...credentials.value } };
  return { ok: true, value: { help: false, plan } };
}

function parseBody(kind: Kind, args: ParsedArgs, name: string): Body {
  const v = args.values;
  switch (kind) {
    case "counter-publisher":
    case "counter-subscriber": {
      const form = { ...DEFAULT_FORM, ...pick(v, { subject: "subject", intervalMs: "interval", step: "step", start: "start" }) };
      const { settings, errors } = checkForm(form);
      const field = (["subject", "intervalMs", "step", "start"] as const).find((f) => errors[f]);
      if (!settings || field) {
        const option = { subject: "subject", intervalMs: "interval", step: "step", start: "start" }[field!];
        return fail({ kind: "counter", option: `--${option}`, problem: errors[field!]! });
      }
      return kind === "counter-publisher" ? ok({ kind, settings }) : ok({ kind, subject: settings.subject });
    }
    case "subjects-publisher": {
      const every = checkEvery(v.every ?? DEFAULT_EVERY_MS);
      if (every.ms === undefined) return fail({ kind: "every", option: "--every", problem: every.problem });
      return ok({ kind, everyMs: every.ms, payload: v.payload ?? DEFAULT_PAYLOAD });
    }
    case "subscriber": {
      if (args.positionals.length === 0) return fail({ kind: "missing-argument", command: kind, what: "at least one pattern, e.g. 'fr.grand_est.>'" });
      const patterns: string[] = [];
      for (const text of args.positionals) {
        const pattern = text.trim();
        const checked = validatePattern(pattern);
        if (!checked.ok) return fail({ kind: "pattern", what: "pattern", problem: { kind: "grammar", problem: checked.problem } });
        if (patterns.includes(pattern)) return fail({ kind: "pattern", what: "pattern", problem: { kind: "duplicate", pattern } });
        patterns.push(pattern);
      }
      return ok({ kind, patterns });
    }
    case "hotline-agent": {
      const mode = choice("reply-with", v["reply-with"] ?? ReplyMode.Respond, Object.values(ReplyMode));
      if (!mode.ok) return mode;
      const { settings, errors } = checkAgentForm({ subject: v.subject ?? DEFAULT_SUBJECT, agent: v.agent ?? name, mode: mode.value });
      if (errors.subject) return fail({ kind: "agent", option: "--subject", problem: errors.subject });
      if (errors.agent) return fail({ kind: "agent", option: v.agent === undefined ? "--name" : "--agent", problem: errors.agent });
      return ok({ kind, settings: settings! });
    }
    case "hotline-ask": {
      const [json, extra] = args.positionals;
      if (json === undefined) return fail({ kind: "missing-argument", command: kind, what: `the request as JSON, e.g. '{"code":"ping"}'` });
      if (extra !== undefined) return fail({ kind: "extra-argument", command: kind, text: shown(extra) });
      const mode = choice("mode", v.mode ?? DEFAULT_REQUESTER_FORM.mode, Object.values(AskMode));
      if (!mode.ok) return mode;
      const form = { ...DEFAULT_REQUESTER_FORM, json, mode: mode.value, subject: v.subject ?? DEFAULT_SUBJECT, timeoutMs: v.timeout ?? DEFAULT_REQUESTER_FORM.timeoutMs };
      const { plan, errors } = checkRequest(form);
      if (errors.json) return fail({ kind: "request", option: "<json>", problem: errors.json });
      if (errors.subject) return fail({ kind: "request", option: "--subject", problem: errors.subject });
      if (errors.timeoutMs) return fail({ kind: "request", option: "--timeout", problem: errors.timeoutMs });
      return ok({ kind, plan: plan! });
    }
    case "chat":
      return parseChat(args, name);
  }
}

function parseChat(args: ParsedArgs, name: string): Body {
  const v = args.values;
  const who = checkName(name);
  if (!who.ok) return fail({ kind: "chat", option: "--name", problem: who.problem });
  const rooms: string[] = [];
  for (const room of (v.rooms ?? CHAT.defaultSubscriptions.join(",")).split(",")) {
    const joined = checkJoin(room, rooms);
    if (!joined.ok) return fail({ kind: "chat", option: "--rooms", problem: joined.problem });
    rooms.push(joined.value);
  }
  const target = checkTarget(v["post-to"] ?? rooms.find((r) => !isWildcardPattern(r)) ?? CHAT.defaultSubscriptions[0]);
  if (!target.ok) return fail({ kind: "chat", option: "--post-to", problem: target.problem });
  return ok({ kind: "chat", rooms, postTo: target.value });
}

const ok = (value: ServiceBody): Body => ({ ok: true, value });

/** The form fields that were given on the command line, by their option names. */
function pick<K extends string>(values: Record<string, string>, fields: Record<K, string>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [field, option] of Object.entries(fields) as [K, string][]) if (values[option] !== undefined) out[field] = values[option];
  return out;
}
