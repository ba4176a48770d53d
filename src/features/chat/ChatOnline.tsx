import { useMemo } from "react";
import { ALL_VIEW } from "./chat-constants";
import { onlineIn } from "./chat-presence";
import { useChatState, useChatWords } from "./chat-context";
import { heartbeatFacts } from "./chat-text";

export function ChatOnline() {
  const t = useChatWords().t.online;
  const peers = useChatState((s) => s.peers);
  const view = useChatState((s) => s.view);
  const subscriptions = useChatState((s) => s.subscriptions);
  const myId = useChatState((s) => s.me.id);
  const online = useMemo(() => onlineIn(peers, view, subscriptions), [peers, view, subscriptions]);
  return (
    <section className="card" aria-labelledby="chat-online-title">
      <h2 id="chat-online-title">
        {view === ALL_VIEW ? t.inYourRooms : <>{t.in} <code>{view}</code></>}
      </h2>
      <ul className="chat-online" aria-label={t.list}>
        {online.map((p) => (
          <li key={p.id}>
            <span className="chat-dot" aria-hidden="true" />
            <strong translate="no">{p.name}</strong>
            {p.id === myId && <span className="muted">{t.you}</span>}{" "}
            <span className="muted mono" translate="no">{p.patterns.join(" ")}</span>
          </li>
        ))}
      </ul>
      {online.length === 0 && <p className="muted">{t.nobody}</p>}
      <p className="muted">{t.heartbeat(heartbeatFacts)}</p>
    </section>
  );
}
