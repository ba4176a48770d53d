import { Field } from "../../ui/Field";
import { useAgentState, useRequesterState } from "./hotline-context";

export function HotlineSubject({ onChange }: { onChange: (subject: string) => void }) {
  const subject = useRequesterState((s) => s.form.subject);
  const requestError = useRequesterState((s) => s.errors.subject);
  const agentError = useAgentState((s) => s.errors.subject);
  return (
    <section className="card hotline-subject">
      <Field label="Subject" value={subject} error={requestError ?? agentError} onChange={onChange}
        hint="the responder below listens on it and the requester asks on it; any NATS client can use it too" />
    </section>
  );
}
