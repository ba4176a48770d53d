import { legacyFeature } from "../../app/legacy-feature";
import { ChatPanel } from "./ChatPanel";
import { startChat } from "./chat-actions";

export const chatFeature = legacyFeature({ id: "chat", label: "Chat", Panel: ChatPanel, start: startChat });
