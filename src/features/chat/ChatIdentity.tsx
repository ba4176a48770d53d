import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { useChat, useChatState } from "./chat-context";

// Asked once per tab (sessionStorage): a second tab can be someone else.
export function ChatIdentity() {
  const chat = useChat();
  const nameInput = useChatState((s) => s.nameInput);
  const nameError = useChatState((s) => s.nameError);
  const chosen = useChatState((s) => s.me.chosen);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chat.chooseName();
  };
  return (
    <form className="form chat-identity" onSubmit={onSubmit} noValidate>
      <p className="muted">{chosen ? "Pick a new name for your next messages." : "Choose the name shown on your messages in this tab."}</p>
      <div className="chat-row">
        <Field label="Your name" value={nameInput} onChange={chat.editName} error={nameError} maxLength={80} autoFocus={chosen} />
        <button type="submit" className="primary">{chosen ? "Save name" : "Join chat"}</button>
        {chosen && <button type="button" onClick={chat.cancelEditingName}>Cancel</button>}
      </div>
    </form>
  );
}
