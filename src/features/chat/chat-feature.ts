import { defineFeature } from "../feature";
import { ChatPanel } from "./ChatPanel";
import { createChat } from "./chat-controller";

export const chatFeature = defineFeature({ id: "chat", label: "Chat", Panel: ChatPanel, start: createChat });
