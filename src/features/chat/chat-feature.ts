import type { Feature } from "../../app/feature";
import { ChatPanel } from "./ChatPanel";
import { startChat } from "./chat-actions";

export const chatFeature: Feature = { id: "chat", label: "Chat", Panel: ChatPanel, start: startChat };
