import { controllerContext } from "../../ui/controller-context";
import type { ChatController } from "./chat-controller";
import type { ChatState } from "./chat-store";

export const { Provider: ChatProvider, useController: useChat, useSelect: useChatState } = controllerContext<ChatState, ChatController>("Chat");
