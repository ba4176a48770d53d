import { useLayoutEffect, useMemo, useRef } from "react";
import { CHAT } from "./chat-constants";
import { useChat } from "./chat-store";
import { viewEntries } from "./chat-views";
import { ChatMessage } from "./ChatMessage";

export function ChatMessages() {
  const entries = useChat((s) => s.entries);
  const view = useChat((s) => s.view);
  const forwardingKey = useChat((s) => s.forwarding?.key);
  const shown = useMemo(() => viewEntries(entries, view, CHAT.maxPerView), [entries, view]);
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  // Follow new messages only while the reader is at the bottom: never yank them
  // away from what they scrolled back to read.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [shown]);
  const onScroll = () => {
    const el = scroller.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
  };
  return (
    <div className="chat-scroll" ref={scroller} onScroll={onScroll}>
      <ol className="chat-messages" aria-label="Conversation">
        {shown.map((e) => (
          <ChatMessage key={e.key} entry={e} forwarding={e.key === forwardingKey} />
        ))}
      </ol>
      {shown.length === 0 && <p className="muted chat-empty">No messages here yet.</p>}
    </div>
  );
}
