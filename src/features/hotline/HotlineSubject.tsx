import { Field } from "../../ui/Field";
import { useHotlineAgent } from "./hotline-agent-store";
import { useHotlineRequester } from "./hotline-requester-store";
import { editHotlineSubject } from "./hotline-subject-actions";

export function HotlineSubject() {
  const subject = useHotlineRequester((s) => s.form.subject);
  const requestError = useHotlineRequester((s) => s.errors.subject);
  const agentError = useHotlineAgent((s) => s.errors.subject);
  return (
    <section className="card hotline-subject">
      <Field label="Subject" value={subject} error={requestError ?? agentError} onChange={editHotlineSubject}
        hint="the responder below listens on it and the requester asks on it; any NATS client can use it too" />
    </section>
  );
}
