import { memo } from "react";
import { CHAT } from "./chat-constants";
import type { ChatEntry } from "./chat-timeline";
import { useChat } from "./chat-context";
import { ChatForwardForm } from "./ChatForwardForm";

const hhmmss = (at: number) => new Date(at).toTimeString().slice(0, 8);

// Everything from the network is rendered as React text: markup shows literally.
export const ChatMessage = memo(function ChatMessage({ entry: e, forwarding }: { entry: ChatEntry; forwarding: boolean }) {
  const chat = useChat();
  const from = e.from ?? CHAT.unnamed;
  const when = e.sentAt ?? e.time;
  return (
    <div role="listitem" className={`chat-msg${e.unread ? " chat-msg-unread" : ""}${e.from ? "" : " chat-msg-plain"}`}>
      <div className="chat-msg-head">
        <strong className="chat-from">{from}</strong>
        <time dateTime={new Date(when).toISOString()} title={new Date(when).toString()} className="muted">
          {hhmmss(when)}
        </time>
        <span className="muted">
          on <code className="chat-subject">{e.subject}</code>
        </span>
        <span className="muted chat-via-label">via</span>
        <span role="group" aria-label="Delivered by" className="chat-via">
          {e.via.map((p) => (
            <span key={p} className="chip">
              {p}
            </span>
          ))}
        </span>
        {e.fromHistory && <span className="muted chat-stored">from history</span>}
      </div>
      {e.forwardedFrom && (
        <p className="chat-forwarded">
          forwarded from <code>{e.forwardedFrom.subject}</code>, written by <strong>{e.forwardedFrom.from}</strong>
        </p>
      )}
      {e.replyTo && (
        <blockquote className="chat-quote">
          ↪ {e.replyTo.from}: {e.replyTo.text}
        </blockquote>
      )}
      <p className="chat-text">{e.text}</p>
      <div className="chat-msg-actions">
        <button type="button" aria-label={`Reply to ${from}`} onClick={() => chat.startReply(e)}>
          Reply
        </button>
        <button type="button" aria-label={`Forward ${from}'s message`} aria-expanded={forwarding} onClick={() => chat.startForward(e)}>
          Forward
        </button>
      </div>
      {forwarding && <ChatForwardForm />}
    </div>
  );
});
