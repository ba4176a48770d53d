import type { FormEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { Field } from "../../ui/Field";
import { ALL_VIEW, CHAT } from "./chat-constants";
import { useChat, useChatState, useChatWords } from "./chat-context";
import type { ChatText } from "./chat-text";
import { unreadCounts } from "./chat-views";
import { noteText, problemText } from "./chat-words";

const SUGGESTIONS = [...CHAT.defaultRooms, "chat.*", "chat.>"];

function Unread({ count, t }: { count: number | undefined; t: ChatText["rooms"] }) {
  if (!count) return null;
  return (
    <span className="chat-unread">
      {count}
      <span className="sr-only">{t.unread({ count })}</span>
    </span>
  );
}

export function ChatRooms() {
  const chat = useChat();
  const w = useChatWords();
  const t = w.t.rooms;
  const subscriptions = useChatState((s) => s.subscriptions);
  const joining = useChatState((s) => s.joining);
  const view = useChatState((s) => s.view);
  const joinInput = useChatState((s) => s.joinInput);
  const joinError = problemText(useChatState((s) => s.joinError), w);
  const joinWarning = noteText(useChatState((s) => s.joinWarning), w);
  // the counts, not the messages: a busy room that is being read does not re-render this card
  const unread = useChatState(useShallow((s) => unreadCounts(s.entries)));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chat.joinRoom();
  };
  return (
    <section className="card" aria-labelledby="chat-rooms-title">
      <h2 id="chat-rooms-title">{t.title}</h2>
      <form className="form chat-join" onSubmit={onSubmit} noValidate>
        <Field label={t.field} value={joinInput} onChange={chat.editJoin} error={joinError} list="chat-room-suggestions"
          placeholder={t.placeholder} hint={t.hint} />
        <datalist id="chat-room-suggestions">
          {SUGGESTIONS.filter((s) => !subscriptions.includes(s)).map((s) => <option key={s} value={s} />)}
        </datalist>
        <button type="submit" className="primary">{t.join}</button>
        {joinWarning && <p className="warning" role="status">{joinWarning}</p>}
      </form>
      <ul className="chat-rooms" aria-label={t.list}>
        <li>
          <button type="button" className="chat-view" aria-pressed={view === ALL_VIEW} onClick={() => chat.selectView(ALL_VIEW)}>
            {t.all}
          </button>
          <Unread count={unread[ALL_VIEW]} t={t} />
        </li>
        {subscriptions.map((p) => (
          <li key={p}>
            <button type="button" className="chat-view mono" aria-pressed={view === p} onClick={() => chat.selectView(p)} translate="no">
              {p}
            </button>
            {joining.includes(p) && <span className="muted">{t.joining}</span>}
            <Unread count={unread[p]} t={t} />
            <button type="button" className="chat-leave" aria-label={t.leaveRoom({ pattern: p })} onClick={() => chat.leaveRoom(p)}>
              {t.leave}
            </button>
          </li>
        ))}
      </ul>
      {subscriptions.length === 0 && <p className="muted">{t.none}</p>}
    </section>
  );
}
