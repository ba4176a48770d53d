import { useEffect, useId, useRef } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { Field } from "../../ui/Field";
import { useChat, useChatState, useChatWords } from "./chat-context";
import { isUnnamed, noteText, problemText, senderName } from "./chat-words";
import { ChatQuote } from "./ChatQuote";

/** Where focus goes when the composer appears (the name form just closed). */
export type ComposerFocus = "text" | "change-name";

export function ChatComposer({ focus }: { focus?: ComposerFocus }) {
  const id = useId();
  const chat = useChat();
  const w = useChatWords();
  const t = w.t.composer;
  const draft = useChatState((s) => s.draft);
  const postTo = useChatState((s) => s.postTo);
  const draftError = problemText(useChatState((s) => s.draftError), w);
  const postToError = problemText(useChatState((s) => s.postToError), w);
  const sendNote = noteText(useChatState((s) => s.sendNote), w);
  const replyingTo = useChatState((s) => s.replyingTo);
  const name = useChatState((s) => s.me.name);
  const text = useRef<HTMLTextAreaElement>(null);
  const changeName = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    (focus === "text" ? text : focus === "change-name" ? changeName : undefined)?.current?.focus();
  }, [focus]);
  // Reply was pressed on a message: the person types the reply next (not when
  // the panel merely comes back with a reply under way).
  const shownReply = useRef(replyingTo);
  useEffect(() => {
    if (replyingTo && replyingTo !== shownReply.current) text.current?.focus();
    shownReply.current = replyingTo;
  }, [replyingTo]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chat.sendDraft();
  };
  const cancelReply = () => {
    chat.cancelReply();
    text.current?.focus();
  };
  // Enter sends, Shift+Enter starts a new line (as in every chat); Escape drops the reply.
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      chat.sendDraft();
    } else if (e.key === "Escape" && replyingTo) {
      e.preventDefault();
      cancelReply();
    }
  };
  const replyFrom = replyingTo && senderName(replyingTo.from, w.t);
  const replyLang = replyingTo && isUnnamed(replyingTo.from) ? undefined : "no";
  return (
    <form className="form chat-composer" onSubmit={onSubmit} noValidate>
      <p className="muted chat-me">
        {t.youAre} <strong translate="no">{name}</strong>{" "}
        <button type="button" className="chat-link" ref={changeName} onClick={chat.startEditingName}>{t.changeName}</button>
      </p>
      {replyingTo && (
        <div className="chat-replying" role="group" aria-label={t.replying}>
          <span className="muted">
            {t.replying} <strong translate={replyLang}>{replyFrom}</strong> {t.replyingOn} <code>{replyingTo.subject}</code>
          </span>
          <ChatQuote from={replyingTo.from} text={replyingTo.text} />
          <button type="button" onClick={cancelReply}>{t.cancelReply}</button>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t.message}</label>
        <textarea id={`${id}-text`} ref={text} value={draft} rows={2} onChange={(e) => chat.editDraft(e.target.value)} onKeyDown={onKey}
          aria-invalid={draftError ? true : undefined} aria-describedby={draftError ? `${id}-text-error` : undefined}
          placeholder={t.placeholder} />
        {draftError && <p id={`${id}-text-error`} className="field-error" role="alert">{draftError}</p>}
      </div>
      <div className="chat-row">
        <Field label={t.postTo} value={replyingTo ? replyingTo.subject : postTo} onChange={chat.editPostTo} error={postToError}
          readOnly={Boolean(replyingTo)} list="chat-room-suggestions" hint={replyingTo ? t.replyHint : t.postToHint} />
        <button type="submit" className="primary chat-send">{t.send}</button>
      </div>
      {sendNote && <p className="muted" role="status">{sendNote}</p>}
    </form>
  );
}
