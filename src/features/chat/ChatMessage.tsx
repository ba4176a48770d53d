import { memo, useEffect, useRef } from "react";
import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { inspectorText } from "../../ui/inspector/inspector-text";
import type { ChatEntry } from "./chat-timeline";
import { useChat, useChatWords } from "./chat-context";
import { isUnnamed, senderName } from "./chat-words";
import { ChatForwardForm } from "./ChatForwardForm";
import { ChatQuote } from "./ChatQuote";
import { MAX_SHOWN_CHARS, shownText } from "./chat-views";

/** A name is data (never translated); "unnamed" is a word of the page. */
const nameLang = (from: string | undefined) => (isUnnamed(from) ? undefined : "no");

// Everything from the network is rendered as React text: markup shows literally.
export const ChatMessage = memo(function ChatMessage({ entry: e, forwarding }: { entry: ChatEntry; forwarding: boolean }) {
  const chat = useChat();
  const words = useChatWords().t;
  const t = words.message;
  const inspector = useMessages(inspectorText);
  const f = useFormat();
  const item = useRef<HTMLDivElement>(null);
  const forwardButton = useRef<HTMLButtonElement>(null);
  const wasForwarding = useRef(forwarding);
  // The forward form closed (sent, cancelled, Escape): focus goes back to the
  // button that opened it, rather than to the top of the page.
  useEffect(() => {
    if (wasForwarding.current && !forwarding) {
      const active = document.activeElement;
      if (!active || active === document.body || item.current?.contains(active)) forwardButton.current?.focus();
    }
    wasForwarding.current = forwarding;
  }, [forwarding]);
  const from = senderName(e.from, words);
  const when = e.sentAt ?? e.time;
  return (
    <div role="listitem" ref={item} className={`chat-msg${e.unread ? " chat-msg-unread" : ""}${e.from ? "" : " chat-msg-plain"}`}>
      <div className="chat-msg-head">
        <strong className="chat-from" translate={nameLang(e.from)}>{from}</strong>
        <time dateTime={new Date(when).toISOString()} title={f.dateTime(when)} className="muted">
          {f.time(when)}
        </time>
        <span className="muted">
          {t.on} <code className="chat-subject">{e.subject}</code>
        </span>
        <span className="muted chat-via-label">{t.via}</span>
        <span role="group" aria-label={t.deliveredBy} className="chat-via" translate="no">
          {e.via.map((p) => (
            <span key={p} className="chip">
              {p}
            </span>
          ))}
        </span>
        {e.fromHistory && <span className="muted chat-stored">{t.fromHistory}</span>}
      </div>
      {e.forwardedFrom && (
        <p className="chat-forwarded">
          {t.forwardedFrom} <code>{e.forwardedFrom.subject}</code>
          {t.writtenBy} <strong translate={nameLang(e.forwardedFrom.from)}>{senderName(e.forwardedFrom.from, words)}</strong>
        </p>
      )}
      {e.replyTo && (
        <ChatQuote from={e.replyTo.from} text={e.replyTo.text} />
      )}
      {e.binary ? (
        <p className="chat-text chat-binary">{inspector.binary({ count: f.number(e.binary.size), preview: e.binary.preview })}</p>
      ) : (
        <p className="chat-text" translate="no">
          {shownText(e.text)}
          {e.text.length > MAX_SHOWN_CHARS && (
            <span className="muted" translate="yes">
              {t.cut({ shown: f.number(MAX_SHOWN_CHARS), count: f.number(e.text.length) })}
            </span>
          )}
        </p>
      )}
      <div className="chat-msg-actions">
        <button type="button" aria-label={t.replyTo({ from })} onClick={() => chat.startReply(e)}>
          {t.reply}
        </button>
        <button type="button" ref={forwardButton} aria-label={t.forwardMessageOf({ from })} aria-expanded={forwarding} onClick={() => chat.startForward(e)}>
          {t.forward}
        </button>
        <button type="button" aria-label={t.inspectMessageOf({ from })} aria-haspopup="dialog" onClick={() => chat.inspect(e)}>
          {inspector.inspect}
        </button>
      </div>
      {forwarding && <ChatForwardForm />}
    </div>
  );
});
