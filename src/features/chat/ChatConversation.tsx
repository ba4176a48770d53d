import { ALL_VIEW } from "./chat-constants";
import { useChatState } from "./chat-context";
import { ChatHistoryStatus } from "./ChatHistoryStatus";
import { ChatMessages } from "./ChatMessages";
import { ChatComposer } from "./ChatComposer";
import { ChatIdentity } from "./ChatIdentity";

export function ChatConversation() {
  const view = useChatState((s) => s.view);
  const chosen = useChatState((s) => s.me.chosen);
  const editingName = useChatState((s) => s.editingName);
  return (
    <section className="card chat-main" aria-labelledby="chat-view-title">
      <header className="chat-main-head">
        <h2 id="chat-view-title">{view === ALL_VIEW ? "All your rooms" : <code>{view}</code>}</h2>
        <ChatHistoryStatus />
      </header>
      <ChatMessages />
      {chosen && !editingName ? <ChatComposer /> : <ChatIdentity />}
    </section>
  );
}
