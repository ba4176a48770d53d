import { useCallback } from "react";
import { useShallow } from "zustand/react/shallow";
import { ExportButtons } from "../../ui/export/ExportButtons";
import { ALL_VIEW, CHAT } from "./chat-constants";
import { useChat, useChatState, useChatWords } from "./chat-context";
import { CHAT_CSV_COLUMNS, exportedMessages, exportWhat } from "./chat-export";
import { KEPT } from "./chat-inspect";
import { inView } from "./chat-views";

/** what the JSON file says beside its items (data, in English like the wire) */
const HOLDS = `the tab's newest ${CHAT.maxEntries} messages (the conversation shows the newest ${CHAT.maxPerView} of a view); headers, reply subject and size while kept (the newest, up to ${KEPT.maxBytes / (1024 * 1024)} MB)`;

// Export JSON / Export CSV of the conversation on screen (All or one subscription): read from the controller when pressed.
export function ChatExport() {
  const chat = useChat();
  const t = useChatWords().t.conversation;
  const view = useChatState((s) => s.view);
  const empty = useChatState((s) => !s.entries.some((e) => inView(e, s.view)));
  const { name, subscriptions } = useChatState(useShallow((s) => ({ name: s.me.name, subscriptions: s.subscriptions })));
  const rows = useCallback(() => exportedMessages(chat.exportable()), [chat]);
  const meta = { view: view === ALL_VIEW ? "all" : view, tab: name, subscriptions, order: "oldest first", holds: HOLDS };
  return <ExportButtons what={exportWhat(view)} label={t.export} rows={rows} columns={CHAT_CSV_COLUMNS} meta={meta} disabled={empty} />;
}
