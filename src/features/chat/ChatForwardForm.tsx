import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { useChat, useChatState } from "./chat-context";

export function ChatForwardForm() {
  const chat = useChat();
  const forwardTo = useChatState((s) => s.forwardTo);
  const forwardError = useChatState((s) => s.forwardError);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chat.sendForward();
  };
  return (
    <form className="chat-forward" onSubmit={onSubmit} noValidate>
      <Field label="Forward to" value={forwardTo} onChange={chat.editForwardTo} error={forwardError} placeholder="chat.dev"
        list="chat-room-suggestions" autoFocus />
      <div className="chat-row">
        <button type="submit" className="primary">Send forward</button>
        <button type="button" onClick={chat.cancelForward}>Cancel</button>
      </div>
    </form>
  );
}
