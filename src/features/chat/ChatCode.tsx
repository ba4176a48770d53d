import { useShallow } from "zustand/react/shallow";
import { chatPrograms } from "../../codegen/chat-code";
import { useMessages } from "../../i18n/use-messages";
import { CodeView } from "../../ui/code/CodeView";
import type { CodeVariant } from "../../ui/code/CodeView";
import { useChatState } from "./chat-context";
import { CHAT_CODE_VARIANT, chatCodeOf } from "./chat-code-settings";
import { chatCodeText, describeChatCodeNote } from "./chat-code-text";

// Private-use characters around data in a note: never in the catalogue, removed from the data itself.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const mark = (data: string) => `${OPEN}${data.replace(/[\uE000\uE001]/g, "")}${CLOSE}`;
const DATA = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`);

/** A note's sentence with its data (names, subjects) as code: never translated, never taken for words. */
function Marked({ text }: { text: string }) {
  return text.split(DATA).map((part, i) => (i % 2 ? <code key={i} translate="no">{part}</code> : part));
}

// The Chat's Code region, loaded by the Code button (React.lazy): this tab's chat
// client — its name, its rooms, its Post to room — as Python, nats CLI and Node.
export default function ChatCode() {
  const t = useMessages(chatCodeText);
  const settings = useChatState(useShallow((s) => ({ me: s.me, subscriptions: s.subscriptions, postTo: s.postTo })));
  const code = chatCodeOf(settings);
  const variants: CodeVariant[] = [{ id: CHAT_CODE_VARIANT, label: t.variant, programs: (conn, lang) => chatPrograms(code.settings, conn, lang) }];
  return (
    <div className="stack chat-code">
      <p className="muted">{t.usage}</p>
      {code.notes.map((n) => (
        <p key={n.kind} className="note">
          <Marked text={describeChatCodeNote(n, t, mark)} />
        </p>
      ))}
      <CodeView variants={variants} initial={CHAT_CODE_VARIANT} />
    </div>
  );
}
