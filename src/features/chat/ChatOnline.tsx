import { useMemo } from "react";
import { ALL_VIEW } from "./chat-constants";
import { onlineIn } from "./chat-presence";
import { useChatState } from "./chat-context";

export function ChatOnline() {
  const peers = useChatState((s) => s.peers);
  const view = useChatState((s) => s.view);
  const subscriptions = useChatState((s) => s.subscriptions);
  const myId = useChatState((s) => s.me.id);
  const online = useMemo(() => onlineIn(peers, view, subscriptions), [peers, view, subscriptions]);
  return (
    <section className="card" aria-labelledby="chat-online-title">
      <h2 id="chat-online-title">
        Online {view === ALL_VIEW ? "in your rooms" : <>in <code>{view}</code></>}
      </h2>
      <ul className="chat-online" aria-label="Online">
        {online.map((p) => (
          <li key={p.id}>
            <span className="chat-dot" aria-hidden="true" />
            <strong>{p.name}</strong>
            {p.id === myId && <span className="muted"> (you)</span>}{" "}
            <span className="muted mono">{p.patterns.join(" ")}</span>
          </li>
        ))}
      </ul>
      {online.length === 0 && <p className="muted">Nobody here yet.</p>}
      <p className="muted">Each tab says it is here every 2 s on presence.chat.…; silent for 6 s means gone.</p>
    </section>
  );
}
