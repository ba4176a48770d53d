import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { cancelEditingName, chooseName, editName } from "./chat-actions";
import { useChat } from "./chat-store";

// Asked once per tab (sessionStorage): a second tab can be someone else.
export function ChatIdentity() {
  const nameInput = useChat((s) => s.nameInput);
  const nameError = useChat((s) => s.nameError);
  const chosen = useChat((s) => s.me.chosen);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chooseName();
  };
  return (
    <form className="form chat-identity" onSubmit={onSubmit} noValidate>
      <p className="muted">{chosen ? "Pick a new name for your next messages." : "Choose the name shown on your messages in this tab."}</p>
      <div className="chat-row">
        <Field label="Your name" value={nameInput} onChange={editName} error={nameError} maxLength={80} autoFocus={chosen} />
        <button type="submit" className="primary">{chosen ? "Save name" : "Join chat"}</button>
        {chosen && <button type="button" onClick={cancelEditingName}>Cancel</button>}
      </div>
    </form>
  );
}
