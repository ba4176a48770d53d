import { useState } from "react";
import { ALL_VIEW } from "./chat-constants";
import { useChatState, useChatWords } from "./chat-context";
import { ChatHistoryStatus } from "./ChatHistoryStatus";
import { ChatMessages } from "./ChatMessages";
import { ChatComposer } from "./ChatComposer";
import type { ComposerFocus } from "./ChatComposer";
import { ChatIdentity } from "./ChatIdentity";
import { ChatInspector } from "./ChatInspector";
import { ChatExport } from "./ChatExport";

export function ChatConversation() {
  const t = useChatWords().t.conversation;
  const view = useChatState((s) => s.view);
  const chosen = useChatState((s) => s.me.chosen);
  const editingName = useChatState((s) => s.editingName);
  // The name form closed: after a first name the person writes a message; after
  // a rename (saved or cancelled) focus returns to the button that opened the form.
  const [before, setBefore] = useState({ chosen, editingName });
  const [focus, setFocus] = useState<ComposerFocus>();
  if (before.chosen !== chosen || before.editingName !== editingName) {
    setBefore({ chosen, editingName });
    if (chosen && !editingName) setFocus(before.editingName ? "change-name" : "text");
  }
  return (
    <section className="card chat-main" aria-labelledby="chat-view-title">
      <header className="chat-main-head">
        <h2 id="chat-view-title">{view === ALL_VIEW ? t.allRooms : <code>{view}</code>}</h2>
        <ChatHistoryStatus />
        <ChatExport />
      </header>
      <ChatMessages />
      {chosen && !editingName ? <ChatComposer focus={focus} /> : <ChatIdentity />}
      <ChatInspector />
    </section>
  );
}
