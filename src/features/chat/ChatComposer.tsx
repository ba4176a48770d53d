import { useId } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { Field } from "../../ui/Field";
import { startEditingName } from "./chat-actions";
import { cancelReply, editDraft, editPostTo, sendDraft } from "./chat-post-actions";
import { useChat } from "./chat-store";

export function ChatComposer() {
  const id = useId();
  const draft = useChat((s) => s.draft);
  const postTo = useChat((s) => s.postTo);
  const draftError = useChat((s) => s.draftError);
  const postToError = useChat((s) => s.postToError);
  const sendNote = useChat((s) => s.sendNote);
  const replyingTo = useChat((s) => s.replyingTo);
  const name = useChat((s) => s.me.name);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    sendDraft();
  };
  // Enter sends, Shift+Enter starts a new line (as in every chat).
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      sendDraft();
    }
  };
  return (
    <form className="form chat-composer" onSubmit={onSubmit} noValidate>
      <p className="muted chat-me">
        You are <strong>{name}</strong>{" "}
        <button type="button" className="chat-link" onClick={startEditingName}>Change name</button>
      </p>
      {replyingTo && (
        <div className="chat-replying" role="group" aria-label="Replying to">
          <span className="muted">
            Replying to <strong>{replyingTo.from ?? "unnamed"}</strong> on <code>{replyingTo.subject}</code>
          </span>
          <blockquote className="chat-quote">↪ {replyingTo.from ?? "unnamed"}: {replyingTo.text}</blockquote>
          <button type="button" onClick={cancelReply}>Cancel reply</button>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>Message</label>
        <textarea id={`${id}-text`} value={draft} rows={2} onChange={(e) => editDraft(e.target.value)} onKeyDown={onKey}
          aria-invalid={draftError ? true : undefined} aria-describedby={draftError ? `${id}-text-error` : undefined}
          placeholder="Enter sends, Shift+Enter for a new line" />
        {draftError && <p id={`${id}-text-error`} className="field-error" role="alert">{draftError}</p>}
      </div>
      <div className="chat-row">
        <Field label="Post to" value={replyingTo ? replyingTo.subject : postTo} onChange={editPostTo} error={postToError}
          readOnly={Boolean(replyingTo)} list="chat-room-suggestions"
          hint={replyingTo ? "a reply goes to the room of the message" : "a literal room subject"} />
        <button type="submit" className="primary chat-send">Send</button>
      </div>
      {sendNote && <p className="muted" role="status">{sendNote}</p>}
    </form>
  );
}
