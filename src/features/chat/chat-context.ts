import { controllerContext } from "../../ui/controller-context";
import { useMessages } from "../../i18n/use-messages";
import { busText } from "../../nats/bus-text";
import { subjectText } from "../../subjects/subject-text";
import type { ChatController } from "./chat-controller";
import type { ChatState } from "./chat-store";
import { chatText } from "./chat-text";
import type { ChatWords } from "./chat-words";

export const { Provider: ChatProvider, useController: useChat, useSelect: useChatState } = controllerContext<ChatState, ChatController>("Chat");

/** The Chat's words in the page's language (and the subject grammar's, the bus's). */
export function useChatWords(): ChatWords {
  return { t: useMessages(chatText), subject: useMessages(subjectText), bus: useMessages(busText) };
}
