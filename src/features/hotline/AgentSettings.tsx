import { useId } from "react";
import { Field } from "../../ui/Field";
import { LabelledSelect } from "../../ui/LabelledSelect";
import { ReplyMode } from "./hotline-agent-form";
import { QUEUE_GROUP } from "./hotline-protocol";
import { REPLY_MODE_LABELS } from "./hotline-labels";
import { editAgentForm, setAnswering } from "./hotline-agent-actions";
import { useHotlineAgent } from "./hotline-agent-store";

const replyModes = Object.values(ReplyMode).map((value) => ({ value, label: REPLY_MODE_LABELS[value] }));

const REPLY_HINTS: Record<ReplyMode, string> = {
  respond: "the message's own respond(): publishes on its reply subject for you",
  publish: "client.publish(msg.reply, …): the same thing, spelled out",
};

function AgentStatus() {
  const enabled = useHotlineAgent((s) => s.enabled);
  const answering = useHotlineAgent((s) => s.answering);
  const hasErrors = useHotlineAgent((s) => Object.values(s.errors).some(Boolean));
  const name = useHotlineAgent((s) => s.form.agent.trim());
  const text = !enabled
    ? "Not answering"
    : answering
      ? `Answering on ${answering.subject} as ${name}, in queue group ${answering.queue}`
      : hasErrors
        ? "Not answering yet: fix the settings above"
        : "Joining the queue group…";
  return (
    <p aria-label="Agent status" aria-live="polite" className={answering ? "hotline-status on" : "hotline-status"}>
      {text}
    </p>
  );
}

export function AgentSettings() {
  const id = useId();
  const form = useHotlineAgent((s) => s.form);
  const errors = useHotlineAgent((s) => s.errors);
  const enabled = useHotlineAgent((s) => s.enabled);
  const error = useHotlineAgent((s) => s.error);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Responder</h2>
      <p className="muted">
        Makes this tab a hotline agent. Agents join the queue group <code>{QUEUE_GROUP}</code>: the server hands each call to
        one of them.
      </p>
      <div className="form">
        <label className="hotline-toggle">
          <input type="checkbox" checked={enabled} onChange={(e) => setAnswering(e.target.checked)} />
          Answer the hotline
        </label>
        <Field label="Agent name" value={form.agent} error={errors.agent} onChange={(agent) => editAgentForm({ agent })}
          hint="every reply carries it, so the requester sees who answered" />
        <LabelledSelect label="Reply with" value={form.mode} options={replyModes} onChange={(mode) => editAgentForm({ mode })}
          hint={REPLY_HINTS[form.mode]} />
      </div>
      <AgentStatus />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
