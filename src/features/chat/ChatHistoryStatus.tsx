import { ALL_VIEW, CHAT } from "./chat-constants";
import type { HistoryState } from "./chat-store";
import { useChat } from "./chat-store";

function describe(states: [string, HistoryState][]): string {
  const unavailable = states.find(([, h]) => h.state === "unavailable")?.[1] as { reason: string; retryInS?: number } | undefined;
  if (unavailable) {
    const again = unavailable.retryInS ? ` Trying again in ${unavailable.retryInS} s.` : "";
    return `History unavailable: ${unavailable.reason}. Live messages still arrive.${again}`;
  }
  const loading = states.filter(([, h]) => h.state === "loading").map(([p]) => p);
  if (loading.length) return `Loading history for ${loading.join(", ")}…`;
  const loaded = states.filter(([, h]) => h.state === "loaded") as [string, { state: "loaded"; count: number }][];
  const outside = states.filter(([, h]) => h.state === "outside").map(([p]) => p);
  const parts: string[] = [];
  if (loaded.length) {
    const n = loaded.reduce((sum, [, h]) => sum + h.count, 0);
    parts.push(`History: ${n} stored message${n === 1 ? "" : "s"} read from the ${CHAT.stream} stream (last ${CHAT.historyPerRoom} per room)`);
  }
  if (outside.length) parts.push(`no history for ${outside.join(", ")} (outside ${CHAT.streamSubjects})`);
  return parts.join("; ");
}

export function ChatHistoryStatus() {
  const view = useChat((s) => s.view);
  const history = useChat((s) => s.history);
  const states = Object.entries(history).filter(([p]) => view === ALL_VIEW || p === view);
  const text = describe(states);
  const bad = states.some(([, h]) => h.state === "unavailable");
  return (
    <p role="status" aria-label="Chat history" className={bad ? "warning" : "muted"}>
      {text}
    </p>
  );
}
