import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { cancelForward, editForwardTo, sendForward } from "./chat-post-actions";
import { useChat } from "./chat-store";

export function ChatForwardForm() {
  const forwardTo = useChat((s) => s.forwardTo);
  const forwardError = useChat((s) => s.forwardError);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    sendForward();
  };
  return (
    <form className="chat-forward" onSubmit={onSubmit} noValidate>
      <Field label="Forward to" value={forwardTo} onChange={editForwardTo} error={forwardError} placeholder="chat.dev"
        list="chat-room-suggestions" autoFocus />
      <div className="chat-row">
        <button type="submit" className="primary">Send forward</button>
        <button type="button" onClick={cancelForward}>Cancel</button>
      </div>
    </form>
  );
}
