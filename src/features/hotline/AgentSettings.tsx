import { useId } from "react";
import { Field } from "../../ui/Field";
import { LabelledSelect } from "../../ui/LabelledSelect";
import { describeBusDetail } from "../../nats/bus-text";
import { ReplyMode } from "./hotline-agent-form";
import { QUEUE_GROUP } from "./hotline-protocol";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";
import { describeAgentProblem } from "./agent-words";
import type { AgentWords } from "./agent-words";
import { useAgent, useAgentState, useAgentWords } from "./hotline-context";

function AgentStatus({ w }: { w: AgentWords }) {
  const t = w.t.status;
  const enabled = useAgentState((s) => s.enabled);
  const answering = useAgentState((s) => s.answering);
  const hasErrors = useAgentState((s) => Object.values(s.errors).some(Boolean));
  const name = useAgentState((s) => s.form.agent.trim());
  const text = !enabled
    ? t.off
    : answering
      ? t.on({ subject: marked.data(answering.subject), name: marked.data(name), queue: marked.code(answering.queue) })
      : hasErrors
        ? t.fix
        : t.joining;
  return (
    <p aria-label={t.label} aria-live="polite" className={answering ? "hotline-status on" : "hotline-status"}>
      <Rich text={text} />
    </p>
  );
}

export function AgentSettings() {
  const id = useId();
  const w = useAgentWords();
  const t = w.t.settings;
  const agent = useAgent();
  const form = useAgentState((s) => s.form);
  const errors = useAgentState((s) => s.errors);
  const enabled = useAgentState((s) => s.enabled);
  const error = useAgentState((s) => s.error);
  const replyModes = Object.values(ReplyMode).map((value) => ({ value, label: w.t.replyModes[value] }));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="muted">
        <Rich text={t.intro({ queue: marked.code(QUEUE_GROUP) })} />
      </p>
      <div className="form">
        <label className="hotline-toggle">
          <input type="checkbox" checked={enabled} onChange={(e) => agent.setAnswering(e.target.checked)} />
          {t.toggle}
        </label>
        <Field label={t.name} value={form.agent} error={errors.agent && describeAgentProblem(errors.agent, w)}
          onChange={(name) => agent.edit({ agent: name })} hint={t.nameHint} translate="no" />
        <LabelledSelect label={t.replyWith} value={form.mode} options={replyModes} onChange={(mode) => agent.edit({ mode })}
          hint={<Rich text={w.t.replyHints[form.mode](marked.code)} />} />
      </div>
      <AgentStatus w={w} />
      {error && (
        <p role="alert" className="error">
          {describeBusDetail(error, w.bus)}
        </p>
      )}
    </section>
  );
}
