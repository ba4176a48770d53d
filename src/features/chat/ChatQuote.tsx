import { useChatWords } from "./chat-context";
import { isUnnamed, senderName } from "./chat-words";

/**
 * "↪ alice: the quoted text". The quoted text stays a bare text node of the
 * quote: a reply must not read as a message whose own text is the original.
 */
export function ChatQuote({ from, text }: { from: string | undefined; text: string }) {
  const t = useChatWords().t;
  const name = senderName(from, t);
  return (
    <blockquote className="chat-quote" translate="no">
      ↪ {isUnnamed(from) ? <span translate="yes">{name}</span> : name}
      {t.message.quoteColon}
      {text}
    </blockquote>
  );
}
