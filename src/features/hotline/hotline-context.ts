import { controllerContext } from "../../ui/controller-context";
import { useMessages } from "../../i18n/use-messages";
import { subjectText } from "../../subjects/subject-text";
import type { SubjectText } from "../../subjects/subject-text";
import { busText } from "../../nats/bus-text";
import type { BusText } from "../../nats/bus-text";
import type { HotlineAgentController } from "./hotline-agent-controller";
import type { AgentState } from "./hotline-agent-store";
import type { HotlineRequesterController } from "./hotline-requester-controller";
import type { RequesterState } from "./hotline-requester-store";
import { agentText } from "./agent-text";
import type { AgentWords } from "./agent-words";
import { requesterText } from "./requester-text";
import type { RequesterWords } from "./requester-words";

// The panel's two halves, each with its own provider: components of one half select from its store only.
export const { Provider: AgentProvider, useController: useAgent, useSelect: useAgentState } = controllerContext<
  AgentState,
  HotlineAgentController
>("Hotline agent");

export const { Provider: RequesterProvider, useController: useRequester, useSelect: useRequesterState } = controllerContext<
  RequesterState,
  HotlineRequesterController
>("Hotline requester");

function useWords<T>(t: T): { t: T; subject: SubjectText; bus: BusText } {
  return { t, subject: useMessages(subjectText), bus: useMessages(busText) };
}

/** The requester's words in the page's language (and the subject grammar's, the bus's). */
export const useRequesterWords = (): RequesterWords => useWords(useMessages(requesterText));

/** The agent's words in the page's language (and the subject grammar's, the bus's). */
export const useAgentWords = (): AgentWords => useWords(useMessages(agentText));
