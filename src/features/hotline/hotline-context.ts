import { controllerContext } from "../../ui/controller-context";
import type { HotlineAgentController } from "./hotline-agent-controller";
import type { AgentState } from "./hotline-agent-store";
import type { HotlineRequesterController } from "./hotline-requester-controller";
import type { RequesterState } from "./hotline-requester-store";

// The panel's two halves, each with its own provider: components of one half select from its store only.
export const { Provider: AgentProvider, useController: useAgent, useSelect: useAgentState } = controllerContext<
  AgentState,
  HotlineAgentController
>("Hotline agent");

export const { Provider: RequesterProvider, useController: useRequester, useSelect: useRequesterState } = controllerContext<
  RequesterState,
  HotlineRequesterController
>("Hotline requester");
