import type { FormEvent, KeyboardEvent } from "react";
import { Field } from "../../ui/Field";
import { useChat, useChatState, useChatWords } from "./chat-context";
import { problemText } from "./chat-words";

export function ChatForwardForm() {
  const chat = useChat();
  const w = useChatWords();
  const t = w.t.forward;
  const forwardTo = useChatState((s) => s.forwardTo);
  const forwardError = problemText(useChatState((s) => s.forwardError), w);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chat.sendForward();
  };
  // Escape closes the form, wherever the focus is in it
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      chat.cancelForward();
    }
  };
  return (
    <form className="chat-forward" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <Field label={t.to} value={forwardTo} onChange={chat.editForwardTo} error={forwardError} placeholder={t.placeholder}
        list="chat-room-suggestions" autoFocus />
      <div className="chat-row">
        <button type="submit" className="primary">{t.send}</button>
        <button type="button" onClick={chat.cancelForward}>{t.cancel}</button>
      </div>
    </form>
  );
}
