// Asks the hotline, in either of the lab's two ways, and says what happened.
// No React: the same code runs in Node over TCP.
import type { NatsClient } from "../../nats/nats-client";
import type { BusError } from "../../nats/errors";
import type { ReplyBody } from "./hotline-reply-reading";
import { readReply } from "./hotline-reply-reading";
import type { AskMode } from "./hotline-request-form";

export type AskOptions = { subject: string; payload: string; timeoutMs: number; mode: AskMode };

export type CallResult =
  | { kind: "reply"; body: ReplyBody; agent?: string; note?: string; rttMs: number; inbox: string }
  | { kind: "error-reply"; error: string; body: ReplyBody; agent?: string; rttMs: number; inbox: string }
  | { kind: "no-responders"; rttMs: number; inbox?: string }
  | { kind: "timeout"; timeoutMs: number; inbox?: string }
  | { kind: "failed"; message: string };

export type CallKind = CallResult["kind"];

const fromReply = (text: string, rttMs: number, inbox: string): CallResult => ({ ...readReply(text), rttMs, inbox });

export function askHotline(client: NatsClient, o: AskOptions): Promise<CallResult> {
  return o.mode === "inbox" ? askViaInbox(client, o) : askViaRequest(client, o);
}

async function askViaRequest(client: NatsClient, o: AskOptions): Promise<CallResult> {
  const started = performance.now();
  try {
    const m = await client.request(o.subject, o.payload, { timeoutMs: o.timeoutMs });
    // nats.ws hides its inbox, but the reply arrives on it
    return fromReply(m.text, performance.now() - started, m.subject);
  } catch (err) {
    const e = err as BusError;
    if (e.kind === "no-responders") return { kind: "no-responders", rttMs: performance.now() - started };
    if (e.kind === "timeout") return { kind: "timeout", timeoutMs: o.timeoutMs };
    return { kind: "failed", message: e.message ?? String(err) };
  }
}

// The lab's explicit way: a fresh inbox, a subscription to it, a publish with
// `reply`, the first message or the timeout, then unsubscribe.
function askViaInbox(client: NatsClient, o: AskOptions): Promise<CallResult> {
  return new Promise((resolve) => {
    const inbox = client.newInbox();
    let done = false;
    let started = performance.now();
    let unsubscribe = () => {};
    const finish = (result: CallResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: "timeout", timeoutMs: o.timeoutMs, inbox }), o.timeoutMs);
    try {
      const sub = client.subscribe(
        inbox,
        (m) => {
          const rttMs = performance.now() - started;
          if (m.status?.code === 503) finish({ kind: "no-responders", rttMs, inbox });
          else if (m.status) finish({ kind: "failed", message: `the server answered with status ${m.status.code} ${m.status.description}` });
          else finish(fromReply(m.text, rttMs, inbox));
        },
        { onError: (e) => finish({ kind: "failed", message: e.message }) },
      );
      unsubscribe = () => sub.unsubscribe();
      started = performance.now();
      client.publish(o.subject, o.payload, { reply: inbox });
    } catch (err) {
      finish({ kind: "failed", message: (err as Error).message });
    }
  });
}
