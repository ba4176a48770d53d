import { editAgentForm } from "./hotline-agent-actions";
import { editRequesterForm } from "./hotline-requester-actions";

// One subject per panel, as in the lab: the tab's agent listens where its requester asks.
export function editHotlineSubject(subject: string) {
  editRequesterForm({ subject });
  editAgentForm({ subject });
}
