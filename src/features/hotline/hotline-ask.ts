// Asks the hotline, in either of the lab's two ways, and says what happened.
// No React, no DOM: the same code runs in a tab and in Node over TCP.
import type { Cancel } from "../../host/host";
import { Batch, createBatcher } from "../../nats/batching";
import type { BusDetail } from "../../nats/errors";
import { toBusError } from "../../nats/errors";
import type { BusMessage } from "../../nats/nats-client";
import { subscribeBatched } from "../../nats/subscribe-batched";
import type { FeatureDeps } from "../controller";
import type { Payload } from "../../nats/nats-client";
import type { KeptMessage } from "./hotline-kept";
import { received } from "./hotline-kept";
import type { ReplyNote, ShownBody } from "./hotline-reply-reading";
import { readReplyBytes } from "./hotline-reply-reading";
import type { AskMode } from "./hotline-request-form";

export type AskOptions = {
  subject: string;
  payload: Payload;
  timeoutMs: number;
  mode: AskMode;
  /** explicit inbox only: after a timeout, keep listening `windowMs` more and hand over the first reply that comes */
  late?: { windowMs: number; onLate: (late: LateReply) => void };
};

/**
 * A reply that came after its call's timeout: nobody was waiting any more. Only the explicit inbox can see one
 * (it keeps listening a while); request() drops it unseen inside nats.ws.
 */
export type LateReply = { result: Extract<CallResult, { kind: "reply" | "error-reply" }>; message: KeptMessage };

export type CallResult =
  | { kind: "reply"; body: ShownBody; agent?: string; note?: ReplyNote; rttMs: number; inbox: string }
  | { kind: "error-reply"; error?: string; body: ShownBody; agent?: string; rttMs: number; inbox: string }
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
export type Asking = {
  result: Promise<CallResult>;
  /** drops the call, or (after a timeout) stops listening for a late reply */
  cancel: Cancel;
  /** once `result` is in: the message that answered (a reply, or the server's status on the inbox), as received */
  answer(): KeptMessage | undefined;
  /** the reply subject, when this tab made it (explicit inbox); request() keeps its own out of sight */
  inbox?: string;
};

const STOPPED: CallResult = { kind: "failed", failure: { kind: "stopped" } };
const failed = (detail: BusDetail): CallResult => ({ kind: "failed", failure: { kind: "bus", detail } });

const fromReply = (data: Uint8Array, rttMs: number, inbox: string): CallResult => ({ ...readReplyBytes(data), rttMs, inbox });

/** refused by the client before anything went out */
const NOT_SENT: readonly BusDetail["kind"][] = ["too-large", "request-offline", "not-connected", "offline-buffer-full"];

/** The request left this tab: every outcome but a refusal before sending. */
export const wentOut = (r: CallResult) => !(r.kind === "failed" && r.failure.kind === "bus" && NOT_SENT.includes(r.failure.detail.kind));

export function askHotline(deps: FeatureDeps, o: AskOptions): Asking {
  return o.mode === "inbox" ? askViaInbox(deps, o) : askViaRequest(deps, o);
}

function askViaRequest({ client, host }: FeatureDeps, o: AskOptions): Asking {
  let cancel!: Cancel;
  let answer: KeptMessage | undefined;
  let stopped = false;
  const cancelled = new Promise<CallResult>((resolve) => {
    cancel = () => {
      stopped = true;
      resolve(STOPPED);
    };
  });
  const asked = (async (): Promise<CallResult> => {
    const started = host.elapsed();
    try {
      const m = await client.request(o.subject, o.payload, { timeoutMs: o.timeoutMs });
      const rttMs = host.elapsed() - started;
      // nats.ws hides its inbox (and which of its subscriptions delivered), but the reply arrives on it; a 503 never
      // gets here: request() turns it into an error and keeps the message. After cancel() it is no call's answer.
      if (!stopped) answer = received(m, host.now());
      return fromReply(m.data, rttMs, m.subject);
    } catch (err) {
      const { detail } = toBusError(err, o.subject);
      if (detail.kind === "no-responders") return { kind: "no-responders", rttMs: host.elapsed() - started };
      if (detail.kind === "timeout") return { kind: "timeout", timeoutMs: o.timeoutMs };
      return failed(detail);
    }
  })();
  return { result: Promise.race([asked, cancelled]), cancel, answer: () => answer };
}

// The lab's explicit way: a fresh inbox, a subscription to it, a publish with
// `reply`, the first message or the timeout, then unsubscribe. After a timeout
// (with o.late) the inbox listens a while longer, so a late reply can be shown.
function askViaInbox({ client, host }: FeatureDeps, o: AskOptions): Asking {
  let finish!: (result: CallResult) => void;
  let stopListening: Cancel = () => undefined;
  let answer: KeptMessage | undefined;
  const inbox = client.newInbox();
  const result = new Promise<CallResult>((resolve) => {
    let done = false;
    let lingering = false;
    let started = host.elapsed();
    let stopTimer: Cancel = () => undefined;
    let unsubscribe: Cancel = () => undefined;
    stopListening = () => {
      lingering = false;
      stopTimer();
      unsubscribe();
    };
    finish = (r) => {
      if (done) return;
      done = true;
      stopTimer();
      if (r.kind === "timeout" && o.late) {
        lingering = true;
        stopTimer = host.setTimeout(stopListening, o.late.windowMs);
      } else unsubscribe();
      resolve(r);
    };
    const onLate = (m: BusMessage) => {
      const rttMs = host.elapsed() - started;
      const late = m.status ? undefined : fromReply(m.data, rttMs, inbox);
      stopListening();
      if (late?.kind === "reply" || late?.kind === "error-reply") o.late?.onLate({ result: late, message: received(m, host.now(), inbox) });
    };
    // offline, a publish would be queued and go out later: the caller would read a Timeout as "someone took the call"
    if (!client.isConnected()) return finish(failed({ kind: "request-offline", subject: o.subject }));
    const onAnswer = (m: BusMessage) => {
      if (lingering) return onLate(m);
      if (done) return;
      const rttMs = host.elapsed() - started;
      answer = received(m, host.now(), inbox);
      if (m.status?.code === 503) finish({ kind: "no-responders", rttMs, inbox });
      else if (m.status) finish({ kind: "failed", failure: { kind: "status", code: m.status.code, description: m.status.description } });
      else finish(fromReply(m.data, rttMs, inbox));
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
  const cancel = () => {
    finish(STOPPED);
    stopListening();
  };
  return { result, cancel, answer: () => answer, inbox };
}
