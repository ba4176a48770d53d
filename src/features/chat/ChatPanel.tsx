import { lazy, useEffect } from "react";
import { CodeButton } from "../../ui/code/CodeButton";
import { ChatRooms } from "./ChatRooms";
import { ChatOnline } from "./ChatOnline";
import { ChatConversation } from "./ChatConversation";
import { ChatProvider } from "./chat-context";
import type { ChatController } from "./chat-controller";
import "./chat.css";

// Not in the panel's first chunk: the generators and the Code view load when Code is pressed.
const ChatCode = lazy(() => import("./ChatCode"));

export function ChatPanel({ controller }: { controller: ChatController }) {
  // what arrives in the shown view is read only while the panel is on screen
  useEffect(() => {
    controller.setPanelVisible(true);
    return () => controller.setPanelVisible(false);
  }, [controller]);
  return (
    <ChatProvider controller={controller}>
      <div className="stack">
        <CodeButton>
          <ChatCode />
        </CodeButton>
        <div className="chat-panel">
          <div className="stack chat-side">
            <ChatRooms />
            <ChatOnline />
          </div>
          <ChatConversation />
        </div>
      </div>
    </ChatProvider>
  );
}
