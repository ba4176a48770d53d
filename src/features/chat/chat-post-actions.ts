import { BusError } from "../../nats/errors";
import { checkEnvelope, checkTarget, checkText } from "./chat-checks";
import type { Envelope, Original } from "./chat-envelope";
import { buildForward, buildMessage, buildReply, newMessageId } from "./chat-envelope";
import { publishWire } from "./chat-service";
import { patchChat, useChat } from "./chat-store";
import type { ChatEntry } from "./chat-timeline";
import { chatClient, me, unheardNote } from "./chat-actions";

// Posting, replying and forwarding. Nothing typed is cleared unless it was sent.
type Sent = { ok: true } | { ok: false; error: string };

function post(subject: string, envelope: Envelope): Sent {
  const client = chatClient();
  if (!client) return { ok: false, error: "not connected yet: send once the server answers" };
  const wire = checkEnvelope(subject, envelope, client.server()?.maxPayload);
  if (!wire.ok) return wire;
  // only once a history read has reached the stream do posts wait for its acknowledgement
  const stored = useChat.getState().streamSeen;
  try {
    publishWire(client, wire.value, stored);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof BusError ? err.message : String(err) };
  }
}

export const originalOf = (e: ChatEntry): Original => ({
  id: e.id,
  from: e.from,
  text: e.text,
  subject: e.subject,
  sentAt: e.sentAt ?? e.time,
  forwardedFrom: e.forwardedFrom,
});

export function editDraft(draft: string) {
  patchChat({ draft, draftError: undefined, sendNote: undefined });
}

export function editPostTo(postTo: string) {
  patchChat({ postTo, postToError: undefined, sendNote: undefined });
}

export function sendDraft() {
  const s = useChat.getState();
  const text = checkText(s.draft);
  const target = s.replyingTo ? checkTarget(s.replyingTo.subject) : checkTarget(s.postTo);
  patchChat({ draftError: text.ok ? undefined : text.error, postToError: target.ok ? undefined : target.error, sendNote: undefined });
  if (!text.ok || !target.ok) return;
  if (!me().chosen) return patchChat({ draftError: "choose your name first: it is shown on every message" });
  const id = newMessageId();
  const body = text.value.trim();
  const envelope = s.replyingTo ? buildReply(s.replyingTo, me().name, body, id, Date.now()) : buildMessage(me().name, body, id, Date.now());
  const sent = post(target.value, envelope);
  if (!sent.ok) return patchChat({ draftError: sent.error });
  patchChat({ draft: "", replyingTo: undefined, sendNote: target.warning ?? unheardNote(target.value, "Sent to") });
}

export function startReply(entry: ChatEntry) {
  patchChat({ replyingTo: originalOf(entry), postToError: undefined, forwarding: undefined });
}

export function cancelReply() {
  patchChat({ replyingTo: undefined });
}

export function startForward(entry: ChatEntry) {
  patchChat({ forwarding: { key: entry.key, original: originalOf(entry) }, forwardError: undefined });
}

export function cancelForward() {
  patchChat({ forwarding: undefined, forwardError: undefined });
}

export function editForwardTo(forwardTo: string) {
  patchChat({ forwardTo, forwardError: undefined });
}

export function sendForward() {
  const s = useChat.getState();
  if (!s.forwarding) return;
  const target = checkTarget(s.forwardTo);
  if (!target.ok) return patchChat({ forwardError: target.error });
  if (!me().chosen) return patchChat({ forwardError: "choose your name first: it is shown on every message" });
  const sent = post(target.value, buildForward(s.forwarding.original, me().name, newMessageId(), Date.now()));
  if (!sent.ok) return patchChat({ forwardError: sent.error });
  patchChat({ forwarding: undefined, forwardTo: "", sendNote: target.warning ?? unheardNote(target.value, "Forwarded to") ?? `Forwarded to ${target.value}` });
}
