import type { StoreApi } from "zustand/vanilla";
import type { Host } from "../../host/host";
import { BusError, RequestFailure } from "../../nats/errors";
import type { NatsClient } from "../../nats/nats-client";
import { matches } from "../../subjects/subject-match";
import { inspectorEn } from "../../ui/inspector/inspector-text";
import type { ChatProblem, Wire } from "./chat-checks";
import { checkEnvelope, checkTarget, checkText } from "./chat-checks";
import { CHAT } from "./chat-constants";
import type { Envelope, Original } from "./chat-envelope";
import { buildForward, buildMessage, buildReply, newMessageId } from "./chat-envelope";
import type { ChatState } from "./chat-store";
import type { ChatEntry } from "./chat-timeline";
import { unheardNote } from "./chat-views";

// Posting, replying and forwarding: the composer's and the forward form's part
// of the controller. Nothing typed is cleared unless it was sent.
type Sent = { ok: true } | { ok: false; problem: ChatProblem };

type Deps = {
  client: NatsClient;
  host: Host;
  store: StoreApi<ChatState>;
  /** a history read has reached the stream: posts then wait for its acknowledgement */
  streamSeen(): boolean;
};

const STORE_ATTEMPTS = 8;
const NAME_FIRST: ChatProblem = { kind: "name-first" };

// A binary payload has no text to quote or copy: its description goes on the wire
// (in English, as the envelope's other markers: the wire has no page language).
export const originalOf = (e: ChatEntry): Original => ({
  id: e.id,
  from: e.from,
  text: e.binary ? inspectorEn.binary({ count: String(e.binary.size), preview: e.binary.preview }) : e.text,
  subject: e.subject,
  sentAt: e.sentAt ?? e.time,
  forwardedFrom: e.forwardedFrom,
});

export function createPosting({ client, host, store, streamSeen }: Deps) {
  const patch = (p: Partial<ChatState>) => store.setState(p);
  const pauses = new Set<() => void>();
  let stopped = false;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        cancel();
        pauses.delete(done);
        resolve();
      };
      const cancel = host.setTimeout(done, ms);
      pauses.add(done);
    });

  const publish = (wire: Wire) => client.publish(wire.subject, wire.payload, { headers: wire.headers });

  // With a history stream, a post is a JetStream publish: it waits for the
  // stream's acknowledgement and is sent again (same Nats-Msg-Id, so stored once,
  // shown once) until the stream has it — a plain publish made while a cluster
  // elects a new stream leader reaches the live tabs but never the history.
  async function publishUntilStored(wire: Wire) {
    for (let attempt = 1; attempt <= STORE_ATTEMPTS && !stopped; attempt++) {
      try {
        await client.request(wire.subject, wire.payload, { headers: wire.headers, timeoutMs: 2000 });
        return;
      } catch (err) {
        const kind = err instanceof BusError ? err.kind : RequestFailure.Other;
        if (kind === RequestFailure.NotConnected) {
          // back to the offline buffer: it goes out, in order, on reconnect
          try {
            publish(wire);
          } catch {
            /* the offline buffer is full: the person was told when it filled */
          }
          return;
        }
        if (kind !== RequestFailure.Timeout && kind !== RequestFailure.NoResponders) return;
        await pause(Math.min(500 * attempt, 3000));
      }
    }
  }

  /** Throws nothing: a BusError (too large, offline buffer full…) comes back as its typed detail. */
  function post(subject: string, envelope: Envelope): Sent {
    const wire = checkEnvelope(subject, envelope, client.server()?.maxPayload);
    if (!wire.ok) return wire;
    try {
      const kept = matches(CHAT.streamSubjects, wire.value.subject);
      if (streamSeen() && kept && client.isConnected()) void publishUntilStored(wire.value);
      else publish(wire.value);
      return { ok: true };
    } catch (err) {
      return { ok: false, problem: { kind: "bus", detail: err instanceof BusError ? err.detail : { kind: "other", subject, text: String(err) } } };
    }
  }

  const me = () => store.getState().me;
  const unheard = (subject: string, action: "sent" | "forwarded") => unheardNote(store.getState().subscriptions, subject, action);

  return {
    editDraft(draft: string) {
      patch({ draft, draftError: undefined, sendNote: undefined });
    },
    editPostTo(postTo: string) {
      patch({ postTo, postToError: undefined, sendNote: undefined });
    },
    sendDraft() {
      const s = store.getState();
      const text = checkText(s.draft);
      const target = s.replyingTo ? checkTarget(s.replyingTo.subject) : checkTarget(s.postTo);
      patch({ draftError: text.ok ? undefined : text.problem, postToError: target.ok ? undefined : target.problem, sendNote: undefined });
      if (!text.ok || !target.ok) return;
      if (!me().chosen) return patch({ draftError: NAME_FIRST });
      const id = newMessageId();
      const body = text.value.trim();
      const { name } = me();
      const envelope = s.replyingTo ? buildReply(s.replyingTo, name, body, id, host.now()) : buildMessage(name, body, id, host.now());
      const sent = post(target.value, envelope);
      if (!sent.ok) return patch({ draftError: sent.problem });
      patch({ draft: "", replyingTo: undefined, sendNote: target.note ?? unheard(target.value, "sent") });
    },
    startReply(entry: ChatEntry) {
      patch({ replyingTo: originalOf(entry), postToError: undefined, forwarding: undefined });
    },
    cancelReply() {
      patch({ replyingTo: undefined });
    },
    startForward(entry: ChatEntry) {
      patch({ forwarding: { key: entry.key, original: originalOf(entry) }, forwardError: undefined });
    },
    cancelForward() {
      patch({ forwarding: undefined, forwardError: undefined });
    },
    editForwardTo(forwardTo: string) {
      patch({ forwardTo, forwardError: undefined });
    },
    sendForward() {
      const s = store.getState();
      if (!s.forwarding) return;
      const target = checkTarget(s.forwardTo);
      if (!target.ok) return patch({ forwardError: target.problem });
      if (!me().chosen) return patch({ forwardError: NAME_FIRST });
      const sent = post(target.value, buildForward(s.forwarding.original, me().name, newMessageId(), host.now()));
      if (!sent.ok) return patch({ forwardError: sent.problem });
      const note = target.note ?? unheard(target.value, "forwarded") ?? { kind: "forwarded", subject: target.value };
      patch({ forwarding: undefined, forwardTo: "", sendNote: note });
    },
    /** retries of posts still waiting for the stream end here */
    stop() {
      stopped = true;
      for (const done of [...pauses]) done();
    },
  };
}
