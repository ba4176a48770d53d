import type { Feature } from "../../app/feature";
import { ChatPanel } from "./ChatPanel";

export const chatFeature: Feature = { id: "chat", label: "Chat", Panel: ChatPanel, start: () => () => undefined };
