import type { FeatureDeps } from "../controller";
import { createHotlineAgent } from "./hotline-agent-controller";
import { createHotlineRequester } from "./hotline-requester-controller";

export type HotlineController = ReturnType<typeof createHotline>;

// The Hotline (lab V.3) has two halves, each with its own store: the agent
// (responder) answers the subject, the requester asks on it.
export function createHotline(deps: FeatureDeps) {
  const agent = createHotlineAgent(deps);
  const requester = createHotlineRequester(deps);
  return {
    agent,
    requester,
    /** One subject per panel, as in the lab: the tab's agent listens where its requester asks. */
    editSubject(subject: string) {
      requester.edit({ subject });
      agent.edit({ subject });
    },
    stop() {
      agent.stop();
      requester.stop();
    },
  };
}
