import { useId } from "react";
import { Field } from "../../ui/Field";
import { LabelledSelect } from "../../ui/LabelledSelect";
import { ReplyMode } from "./hotline-agent-form";
import { QUEUE_GROUP } from "./hotline-protocol";
import { REPLY_MODE_LABELS } from "./hotline-labels";
import { useAgent, useAgentState } from "./hotline-context";

const replyModes = Object.values(ReplyMode).map((value) => ({ value, label: REPLY_MODE_LABELS[value] }));

const REPLY_HINTS: Record<ReplyMode, string> = {
  respond: "the message's own respond(): publishes on its reply subject for you",
  publish: "client.publish(msg.reply, …): the same thing, spelled out",
};

function AgentStatus() {
  const enabled = useAgentState((s) => s.enabled);
  const answering = useAgentState((s) => s.answering);
  const hasErrors = useAgentState((s) => Object.values(s.errors).some(Boolean));
  const name = useAgentState((s) => s.form.agent.trim());
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
  const agent = useAgent();
  const form = useAgentState((s) => s.form);
  const errors = useAgentState((s) => s.errors);
  const enabled = useAgentState((s) => s.enabled);
  const error = useAgentState((s) => s.error);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Responder</h2>
      <p className="muted">
        Makes this tab a hotline agent. Agents join the queue group <code>{QUEUE_GROUP}</code>: the server hands each call to
        one of them.
      </p>
      <div className="form">
        <label className="hotline-toggle">
          <input type="checkbox" checked={enabled} onChange={(e) => agent.setAnswering(e.target.checked)} />
          Answer the hotline
        </label>
        <Field label="Agent name" value={form.agent} error={errors.agent} onChange={(name) => agent.edit({ agent: name })}
          hint="every reply carries it, so the requester sees who answered" />
        <LabelledSelect label="Reply with" value={form.mode} options={replyModes} onChange={(mode) => agent.edit({ mode })}
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
