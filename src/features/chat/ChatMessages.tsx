import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import { CHAT } from "./chat-constants";
import { useChatState, useChatWords } from "./chat-context";
import { blocksOf, viewEntries } from "./chat-views";
import { ChatMessageBlock } from "./ChatMessageBlock";

/** how long after the reader's wheel, touch, key or drag a scroll is theirs */
const READER_SCROLL_MS = 1000;

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
  // Only the reader stops the following. A scroll the page makes itself (our follow, whose event comes a
  // frame later, when messages may have been added in between) once made the list look scrolled back and
  // stop following (e2e chat-scroll, now and then). The reader's wheel, touch, key or drag may come just
  // before or just after the scroll it causes (the browser scrolls off the main thread): both count.
  const readerAt = useRef(-Infinity);
  const judge = (el: HTMLDivElement, byReader: boolean) => {
    if (el.scrollHeight - el.scrollTop - el.clientHeight < 40) pinned.current = true;
    else if (byReader) pinned.current = false;
  };
  const onScroll = () => {
    const el = scroller.current;
    if (el) judge(el, performance.now() - readerAt.current < READER_SCROLL_MS);
  };
  const byReader = () => {
    readerAt.current = performance.now();
    if (scroller.current) judge(scroller.current, true);
  };
  return (
    <div className="chat-scroll" ref={scroller} onScroll={onScroll} onWheel={byReader} onTouchMove={byReader} onKeyDown={byReader}
      onPointerDown={byReader} onPointerMove={(e) => e.buttons !== 0 && byReader()}>
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
