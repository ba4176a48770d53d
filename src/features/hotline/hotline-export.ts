// The Call history as a record to take home: one item per call, oldest first,
// with the request and the reply as they went over the wire (while the tab
// still keeps their bytes). Pure: no React, no DOM.
import type { CsvColumn } from "../../ui/export/csv";
import type { CallFailure, CallKind } from "./hotline-ask";
import type { KeptMessage } from "./hotline-kept";
import { readPayload } from "./hotline-payload";
import type { AskMode } from "./hotline-request-form";
import type { CallRecord } from "./hotline-requester-store";
import { base64 } from "../../ui/export/base64";

/** A call of the history with the bytes the requester still keeps of it (hotline-kept.ts). */
export type ExportableCall = { call: CallRecord; request?: KeptMessage; reply?: KeptMessage };

export type ExportedMessage = {
  subject: string;
  reply: string | null;
  headers: [string, string][];
  /** bytes on the wire (0 for the server's 503 status) */
  size: number;
  at: string;
  /** UTF-8 text as is; base64 when the bytes are not UTF-8 */
  payload: string;
  encoding: "utf-8" | "base64";
  /** false: the bytes were no longer kept (8 MB per half); payload is what the history row kept, clipped */
  complete: boolean;
};

export type ExportedCall = {
  n: number;
  at: string;
  subject: string;
  mode: AskMode;
  timeoutMs: number;
  code: string;
  outcome: CallKind;
  /** who answered, as the reply names it */
  agent: string | null;
  /** send to reply (or to the server's 503), in ms */
  rttMs: number | null;
  inbox: string | null;
  /** an error reply's own words, as the agent sent them */
  error: string | null;
  /** why a call got nothing at all, as data */
  failure: CallFailure | null;
  /** a reply that came after the timeout (explicit inbox only) */
  late: { outcome: "reply" | "error-reply"; agent: string | null; rttMs: number } | null;
  request: ExportedMessage | null;
  reply: ExportedMessage | null;
};

const iso = (ms: number) => new Date(ms).toISOString();
// µs are the clock's resolution: more digits would only be noise
const roundMs = (ms: number) => Math.round(ms * 1000) / 1000;


function fromBytes(m: KeptMessage): ExportedMessage {
  const read = readPayload(m.payload);
  return {
    subject: m.subject,
    reply: m.reply ?? null,
    headers: m.headers.map(([name, value]) => [name, value]),
    size: m.payload.length,
    at: iso(m.receivedAt),
    ...("text" in read ? { payload: read.text, encoding: "utf-8" as const } : { payload: base64(m.payload), encoding: "base64" as const }),
    complete: true,
  };
}

/** What the row still says of a reply whose bytes were dropped: the Result's clipped text. */
function replyText(r: CallRecord["result"] | NonNullable<CallRecord["late"]>): string {
  if ((r.kind === "reply" || r.kind === "error-reply") && r.body.format !== "binary") return r.body.text;
  return "";
}

function request(x: ExportableCall): ExportedMessage | null {
  const facts = x.call.inspect.request;
  if (x.request) return fromBytes(x.request);
  if (!facts) return null;
  return { subject: facts.subject, reply: facts.reply ?? null, headers: [], size: facts.size, at: iso(facts.at), payload: x.call.payload, encoding: "utf-8", complete: false };
}

function reply(x: ExportableCall): ExportedMessage | null {
  const facts = x.call.inspect.reply;
  if (x.reply) return fromBytes(x.reply);
  if (!facts) return null;
  const text = replyText(x.call.late ?? x.call.result);
  return { subject: facts.subject, reply: facts.reply ?? null, headers: [], size: facts.size, at: iso(facts.at), payload: text, encoding: "utf-8", complete: false };
}

export function exportedCall(x: ExportableCall): ExportedCall {
  const { call } = x;
  const r = call.result;
  const answered = r.kind === "reply" || r.kind === "error-reply" ? r : undefined;
  return {
    n: call.id,
    at: iso(call.at),
    subject: call.subject,
    mode: call.mode,
    timeoutMs: call.timeoutMs,
    code: call.code,
    outcome: r.kind,
    agent: answered?.agent ?? null,
    rttMs: "rttMs" in r ? roundMs(r.rttMs) : null,
    inbox: ("inbox" in r ? r.inbox : undefined) ?? call.inspect.request?.reply ?? null,
    error: r.kind === "error-reply" ? (r.error ?? null) : null,
    failure: r.kind === "failed" ? r.failure : null,
    late: call.late ? { outcome: call.late.kind, agent: call.late.agent ?? null, rttMs: roundMs(call.late.rttMs) } : null,
    request: request(x),
    reply: reply(x),
  };
}

const headerLines = (m: ExportedMessage | null) => m?.headers.map(([name, value]) => `${name}: ${value}`).join("\n") ?? "";

/** One row per call; the payloads as text (base64 when not UTF-8: see the JSON file's "encoding"). */
export const CALL_CSV_COLUMNS: readonly CsvColumn<ExportedCall>[] = [
  { header: "n", value: (c) => c.n },
  { header: "at", value: (c) => c.at },
  { header: "subject", value: (c) => c.subject },
  { header: "mode", value: (c) => c.mode },
  { header: "timeout_ms", value: (c) => c.timeoutMs },
  { header: "code", value: (c) => c.code },
  { header: "outcome", value: (c) => c.outcome },
  { header: "agent", value: (c) => c.agent },
  { header: "rtt_ms", value: (c) => c.rttMs },
  { header: "inbox", value: (c) => c.inbox },
  { header: "error", value: (c) => c.error },
  { header: "failure", value: (c) => c.failure },
  { header: "late_outcome", value: (c) => c.late?.outcome },
  { header: "late_agent", value: (c) => c.late?.agent },
  { header: "late_rtt_ms", value: (c) => c.late?.rttMs },
  { header: "request", value: (c) => c.request?.payload },
  { header: "request_encoding", value: (c) => c.request?.encoding },
  { header: "reply", value: (c) => c.reply?.payload },
  { header: "reply_encoding", value: (c) => c.reply?.encoding },
  { header: "reply_headers", value: (c) => headerLines(c.reply) },
  { header: "complete", value: (c) => (c.request?.complete ?? true) && (c.reply?.complete ?? true) },
];
