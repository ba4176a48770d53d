import type { FormEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { Field } from "../../ui/Field";
import { ALL_VIEW, CHAT } from "./chat-constants";
import { useChat, useChatState } from "./chat-context";
import { unreadCounts } from "./chat-views";

const SUGGESTIONS = [...CHAT.defaultRooms, "chat.*", "chat.>"];

function Unread({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <span className="chat-unread">
      {count}
      <span className="chat-sr-only"> unread</span>
    </span>
  );
}

export function ChatRooms() {
  const chat = useChat();
  const subscriptions = useChatState((s) => s.subscriptions);
  const joining = useChatState((s) => s.joining);
  const view = useChatState((s) => s.view);
  const joinInput = useChatState((s) => s.joinInput);
  const joinError = useChatState((s) => s.joinError);
  const joinWarning = useChatState((s) => s.joinWarning);
  // the counts, not the messages: a busy room that is being read does not re-render this card
  const unread = useChatState(useShallow((s) => unreadCounts(s.entries)));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    chat.joinRoom();
  };
  return (
    <section className="card" aria-labelledby="chat-rooms-title">
      <h2 id="chat-rooms-title">Rooms</h2>
      <form className="form chat-join" onSubmit={onSubmit} noValidate>
        <Field label="Room or pattern" value={joinInput} onChange={chat.editJoin} error={joinError} list="chat-room-suggestions"
          placeholder="chat.dev, chat.*, chat.>" hint="each is a real NATS subscription; * is one token, > the rest" />
        <datalist id="chat-room-suggestions">
          {SUGGESTIONS.filter((s) => !subscriptions.includes(s)).map((s) => <option key={s} value={s} />)}
        </datalist>
        <button type="submit" className="primary">Join</button>
        {joinWarning && <p className="warning" role="status">{joinWarning}</p>}
      </form>
      <ul className="chat-rooms" aria-label="Rooms">
        <li>
          <button type="button" className="chat-view" aria-pressed={view === ALL_VIEW} onClick={() => chat.selectView(ALL_VIEW)}>
            All
          </button>
          <Unread count={unread[ALL_VIEW]} />
        </li>
        {subscriptions.map((p) => (
          <li key={p}>
            <button type="button" className="chat-view mono" aria-pressed={view === p} onClick={() => chat.selectView(p)}>
              {p}
            </button>
            {joining.includes(p) && <span className="muted"> joining…</span>}
            <Unread count={unread[p]} />
            <button type="button" className="chat-leave" aria-label={`Leave ${p}`} onClick={() => chat.leaveRoom(p)}>
              Leave
            </button>
          </li>
        ))}
      </ul>
      {subscriptions.length === 0 && <p className="muted">Not in any room: join one above to read and chat.</p>}
    </section>
  );
}
