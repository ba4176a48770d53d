import type { FormEvent, KeyboardEvent } from "react";
import { Field } from "../../ui/Field";
import { useChat, useChatState, useChatWords } from "./chat-context";
import { problemText } from "./chat-words";

// Asked once per tab (sessionStorage): a second tab can be someone else.
export function ChatIdentity() {
  const chat = useChat();
  const w = useChatWords();
  const t = w.t.identity;
  const nameInput = useChatState((s) => s.nameInput);
  const nameError = problemText(useChatState((s) => s.nameError), w);
  const chosen = useChatState((s) => s.me.chosen);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chat.chooseName();
  };
  // renaming can be abandoned with Escape; a first name cannot (there is nothing to go back to)
  const onKeyDown = (e: KeyboardEvent) => {
    if (chosen && e.key === "Escape") {
      e.preventDefault();
      chat.cancelEditingName();
    }
  };
  return (
    <form className="form chat-identity" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <p className="muted">{chosen ? t.change : t.choose}</p>
      <div className="chat-row">
        <Field label={t.name} value={nameInput} onChange={chat.editName} error={nameError} maxLength={80} autoFocus={chosen} />
        <button type="submit" className="primary">{chosen ? t.save : t.join}</button>
        {chosen && <button type="button" onClick={chat.cancelEditingName}>{t.cancel}</button>}
      </div>
    </form>
  );
}
