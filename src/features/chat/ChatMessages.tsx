import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import { CHAT } from "./chat-constants";
import { useChatState, useChatWords } from "./chat-context";
import { blocksOf, viewEntries } from "./chat-views";
import { ChatMessageBlock } from "./ChatMessageBlock";

export function ChatMessages() {
  const t = useChatWords().t.conversation;
  // drawn as a deferred update: React can stop between blocks to let a frame or a click through
  const entries = useDeferredValue(useChatState((s) => s.entries));
  const view = useChatState((s) => s.view);
  const forwardingKey = useChatState((s) => s.forwarding?.key);
  const shown = useMemo(() => viewEntries(entries, view, CHAT.maxPerView), [entries, view]);
  const blocks = useMemo(() => blocksOf(shown, CHAT.messagesPerBlock), [shown]);
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  // Follow new messages only while the reader is at the bottom: never yank them
  // away from what they scrolled back to read. The scroll happens when the list's
  // size changes, after the browser's own layout: reading scrollHeight right after
  // each render forced a layout of its own.
  useEffect(() => {
    const el = scroller.current;
    const content = list.current;
    if (!el || !content) return;
    const follow = new ResizeObserver(() => {
      if (pinned.current) el.scrollTop = el.scrollHeight;
    });
    follow.observe(content);
    return () => follow.disconnect();
  }, []);
  const onScroll = () => {
    const el = scroller.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
  };
  return (
    <div className="chat-scroll" ref={scroller} onScroll={onScroll}>
      <div role="list" className="chat-messages" aria-label={t.list} ref={list}>
        {blocks.map((b) => (
          <ChatMessageBlock
            key={b.key}
            entries={b.entries}
            forwardingKey={b.entries.some((e) => e.key === forwardingKey) ? forwardingKey : undefined}
          />
        ))}
      </div>
      {shown.length === 0 && <p className="muted chat-empty">{t.empty}</p>}
    </div>
  );
}
