// Asks the hotline, in either of the lab's two ways, and says what happened.
// No React, no DOM: the same code runs in a tab and in Node over TCP.
import type { Cancel } from "../../host/host";
import { Batch, createBatcher } from "../../nats/batching";
import type { BusDetail } from "../../nats/errors";
import { toBusError } from "../../nats/errors";
import type { BusMessage } from "../../nats/nats-client";
import { subscribeBatched } from "../../nats/subscribe-batched";
import type { FeatureDeps } from "../controller";
import type { ReplyBody, ReplyNote } from "./hotline-reply-reading";
import { readReply } from "./hotline-reply-reading";
import type { AskMode } from "./hotline-request-form";

export type AskOptions = { subject: string; payload: string; timeoutMs: number; mode: AskMode };

export type CallResult =
  | { kind: "reply"; body: ReplyBody; agent?: string; note?: ReplyNote; rttMs: number; inbox: string }
  | { kind: "error-reply"; error?: string; body: ReplyBody; agent?: string; rttMs: number; inbox: string }
  | { kind: "no-responders"; rttMs: number; inbox?: string }
  | { kind: "timeout"; timeoutMs: number; inbox?: string }
  | { kind: "failed"; failure: CallFailure };

/** Why a call got no answer at all: data, said by requester-text.ts. */
export type CallFailure =
  | { kind: "stopped" }
  /** a status message other than 503 (no responders) on the inbox */
  | { kind: "status"; code: number; description: string }
  | { kind: "bus"; detail: BusDetail };

export type CallKind = CallResult["kind"];

/** A call on the wire: its outcome, and a way to drop it (its inbox and timer) when the requester stops. */
export type Asking = { result: Promise<CallResult>; cancel: Cancel };

const STOPPED: CallResult = { kind: "failed", failure: { kind: "stopped" } };
const failed = (detail: BusDetail): CallResult => ({ kind: "failed", failure: { kind: "bus", detail } });

const fromReply = (text: string, rttMs: number, inbox: string): CallResult => ({ ...readReply(text), rttMs, inbox });

export function askHotline(deps: FeatureDeps, o: AskOptions): Asking {
  return o.mode === "inbox" ? askViaInbox(deps, o) : askViaRequest(deps, o);
}

function askViaRequest({ client, host }: FeatureDeps, o: AskOptions): Asking {
  let cancel!: Cancel;
  const cancelled = new Promise<CallResult>((resolve) => (cancel = () => resolve(STOPPED)));
  const asked = (async (): Promise<CallResult> => {
    const started = host.elapsed();
    try {
      const m = await client.request(o.subject, o.payload, { timeoutMs: o.timeoutMs });
      // nats.ws hides its inbox, but the reply arrives on it
      return fromReply(m.text, host.elapsed() - started, m.subject);
    } catch (err) {
      const { detail } = toBusError(err, o.subject);
      if (detail.kind === "no-responders") return { kind: "no-responders", rttMs: host.elapsed() - started };
      if (detail.kind === "timeout") return { kind: "timeout", timeoutMs: o.timeoutMs };
      return failed(detail);
    }
  })();
  return { result: Promise.race([asked, cancelled]), cancel };
}

// The lab's explicit way: a fresh inbox, a subscription to it, a publish with
// `reply`, the first message or the timeout, then unsubscribe.
function askViaInbox({ client, host }: FeatureDeps, o: AskOptions): Asking {
  let finish!: (result: CallResult) => void;
  const result = new Promise<CallResult>((resolve) => {
    const inbox = client.newInbox();
    let done = false;
    let started = host.elapsed();
    let stopTimer: Cancel = () => undefined;
    let unsubscribe: Cancel = () => undefined;
    finish = (r) => {
      if (done) return;
      done = true;
      stopTimer();
      unsubscribe();
      resolve(r);
    };
    // offline, a publish would be queued and go out later: the caller would read a Timeout as "someone took the call"
    if (!client.isConnected()) return finish(failed({ kind: "request-offline", subject: o.subject }));
    const onAnswer = (m: BusMessage) => {
      const rttMs = host.elapsed() - started;
      if (m.status?.code === 503) finish({ kind: "no-responders", rttMs, inbox });
      else if (m.status) finish({ kind: "failed", failure: { kind: "status", code: m.status.code, description: m.status.description } });
      else finish(fromReply(m.text, rttMs, inbox));
    };
    // the first message answers the call: nothing to batch
    const answers = createBatcher<BusMessage>(Batch.immediate, (ms) => ms.forEach(onAnswer), host);
    const sub = subscribeBatched(client, inbox, {
      into: answers,
      map: (m) => m,
      onRefused: (e) => finish(failed(e.detail)),
    });
    unsubscribe = () => {
      sub.stop();
      answers.stop();
    };
    stopTimer = host.setTimeout(() => finish({ kind: "timeout", timeoutMs: o.timeoutMs, inbox }), o.timeoutMs);
    try {
      started = host.elapsed();
      client.publish(o.subject, o.payload, { reply: inbox });
    } catch (err) {
      finish(failed(toBusError(err, o.subject).detail));
    }
  });
  return { result, cancel: () => finish(STOPPED) };
}
