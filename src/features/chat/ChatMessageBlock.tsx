import { memo } from "react";
import type { ChatEntry } from "./chat-timeline";
import { ChatMessage } from "./ChatMessage";

type Props = { entries: ChatEntry[]; forwardingKey: string | undefined };

const same = (a: Props, b: Props) =>
  a.forwardingKey === b.forwardingKey && a.entries.length === b.entries.length && a.entries.every((e, i) => e === b.entries[i]);

// A block of the conversation. React skips it while its messages are the same
// objects, and the browser skips its layout and paint while it is off screen
// (content-visibility on the block, see chat.css): a busy room re-renders the
// newest block, not the whole list. It is a generic box (role none), so its
// messages stay items of the Conversation list for assistive technology.
export const ChatMessageBlock = memo(function ChatMessageBlock({ entries, forwardingKey }: Props) {
  return (
    <div role="none" className="chat-block">
      {entries.map((e) => (
        <ChatMessage key={e.key} entry={e} forwarding={e.key === forwardingKey} />
      ))}
    </div>
  );
}, same);
