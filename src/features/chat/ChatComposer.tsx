import { useId } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { Field } from "../../ui/Field";
import { useChat, useChatState } from "./chat-context";

export function ChatComposer() {
  const id = useId();
  const chat = useChat();
  const draft = useChatState((s) => s.draft);
  const postTo = useChatState((s) => s.postTo);
  const draftError = useChatState((s) => s.draftError);
  const postToError = useChatState((s) => s.postToError);
  const sendNote = useChatState((s) => s.sendNote);
  const replyingTo = useChatState((s) => s.replyingTo);
  const name = useChatState((s) => s.me.name);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chat.sendDraft();
  };
  // Enter sends, Shift+Enter starts a new line (as in every chat).
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      chat.sendDraft();
    }
  };
  return (
    <form className="form chat-composer" onSubmit={onSubmit} noValidate>
      <p className="muted chat-me">
        You are <strong>{name}</strong>{" "}
        <button type="button" className="chat-link" onClick={chat.startEditingName}>Change name</button>
      </p>
      {replyingTo && (
        <div className="chat-replying" role="group" aria-label="Replying to">
          <span className="muted">
            Replying to <strong>{replyingTo.from ?? "unnamed"}</strong> on <code>{replyingTo.subject}</code>
          </span>
          <blockquote className="chat-quote">↪ {replyingTo.from ?? "unnamed"}: {replyingTo.text}</blockquote>
          <button type="button" onClick={chat.cancelReply}>Cancel reply</button>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>Message</label>
        <textarea id={`${id}-text`} value={draft} rows={2} onChange={(e) => chat.editDraft(e.target.value)} onKeyDown={onKey}
          aria-invalid={draftError ? true : undefined} aria-describedby={draftError ? `${id}-text-error` : undefined}
          placeholder="Enter sends, Shift+Enter for a new line" />
        {draftError && <p id={`${id}-text-error`} className="field-error" role="alert">{draftError}</p>}
      </div>
      <div className="chat-row">
        <Field label="Post to" value={replyingTo ? replyingTo.subject : postTo} onChange={chat.editPostTo} error={postToError}
          readOnly={Boolean(replyingTo)} list="chat-room-suggestions"
          hint={replyingTo ? "a reply goes to the room of the message" : "a literal room subject"} />
        <button type="submit" className="primary chat-send">Send</button>
      </div>
      {sendNote && <p className="muted" role="status">{sendNote}</p>}
    </form>
  );
}
