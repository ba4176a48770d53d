import { ALL_VIEW } from "./chat-constants";
import { useChatState, useChatWords } from "./chat-context";
import { describeHistory } from "./chat-views";

export function ChatHistoryStatus() {
  const { t } = useChatWords();
  const view = useChatState((s) => s.view);
  const history = useChatState((s) => s.history);
  const states = Object.entries(history).filter(([p]) => view === ALL_VIEW || p === view);
  const bad = states.some(([, h]) => h.state === "unavailable");
  return (
    <p role="status" aria-label={t.history.label} className={bad ? "warning" : "muted"}>
      {describeHistory(states, t)}
    </p>
  );
}
