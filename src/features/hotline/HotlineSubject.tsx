import { Field } from "../../ui/Field";
import { useAgentState, useAgentWords, useRequesterState, useRequesterWords } from "./hotline-context";
import { describeAgentProblem } from "./agent-words";
import { describeRequestProblem } from "./requester-words";

export function HotlineSubject({ onChange }: { onChange: (subject: string) => void }) {
  const w = useRequesterWords();
  const agentWords = useAgentWords();
  const subject = useRequesterState((s) => s.form.subject);
  const requestError = useRequesterState((s) => s.errors.subject);
  const agentError = useAgentState((s) => s.errors.subject);
  const error = requestError ? describeRequestProblem(requestError, w) : agentError && describeAgentProblem(agentError, agentWords);
  return (
    <section className="card hotline-subject">
      <Field label={w.t.subject.label} value={subject} error={error} onChange={onChange} hint={w.t.subject.hint} />
    </section>
  );
}
