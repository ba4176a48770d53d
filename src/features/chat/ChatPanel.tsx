import { useEffect } from "react";
import { setPanelVisible } from "./chat-actions";
import { ChatRooms } from "./ChatRooms";
import { ChatOnline } from "./ChatOnline";
import { ChatConversation } from "./ChatConversation";
import "./chat.css";

export function ChatPanel() {
  useEffect(() => {
    setPanelVisible(true);
    return () => setPanelVisible(false);
  }, []);
  return (
    <div className="chat-panel">
      <div className="stack chat-side">
        <ChatRooms />
        <ChatOnline />
      </div>
      <ChatConversation />
    </div>
  );
}
