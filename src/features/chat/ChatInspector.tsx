import { useFormat } from "../../i18n/format";
import { MessageInspector } from "../../ui/inspector/MessageInspector";
import { useChat, useChatState, useChatWords } from "./chat-context";

// The Message dialog of the conversation, mounted only while a message is inspected.
export function ChatInspector() {
  const chat = useChat();
  const t = useChatWords().t.inspect;
  const f = useFormat();
  const key = useChatState((s) => s.inspecting);
  const inspection = key === undefined ? undefined : chat.inspection();
  if (key === undefined || !inspection) return null;
  const { notKept } = inspection;
  return (
    <MessageInspector
      key={key}
      message={inspection.message}
      notKept={notKept && t.notKept({ rows: f.number(notKept.rows), megabytes: f.number(notKept.megabytes) })}
      onClose={chat.closeInspector}
    />
  );
}
