import { ALL_VIEW } from "./chat-constants";
import { useChatState } from "./chat-context";
import { describeHistory } from "./chat-views";

export function ChatHistoryStatus() {
  const view = useChatState((s) => s.view);
  const history = useChatState((s) => s.history);
  const states = Object.entries(history).filter(([p]) => view === ALL_VIEW || p === view);
  const text = describeHistory(states);
  const bad = states.some(([, h]) => h.state === "unavailable");
  return (
    <p role="status" aria-label="Chat history" className={bad ? "warning" : "muted"}>
      {text}
    </p>
  );
}
