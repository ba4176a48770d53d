import type { NatsClient } from "../../nats/nats-client";
import { throttledBatch } from "../../ui/throttled-batch";
import type { FrameBatch } from "../../ui/frame-batch";
import type { AgentForm, AgentSettings } from "./hotline-agent-form";
import { checkAgentForm } from "./hotline-agent-form";
import { QUEUE_GROUP } from "./hotline-protocol";
import type { HandledCall, HotlineAgent } from "./hotline-responder-service";
import { startHotlineAgent } from "./hotline-responder-service";
import { logCalls, useHotlineAgent } from "./hotline-agent-store";

let client: NatsClient | undefined;
let agent: HotlineAgent | undefined;
let running: AgentSettings | undefined;
let calls: FrameBatch<HandledCall> | undefined;

function stopAgent() {
  agent?.stop();
  agent = running = undefined;
  useHotlineAgent.setState({ answering: undefined });
}

function run(settings: AgentSettings) {
  if (!client || !calls) return;
  stopAgent();
  const batch = calls;
  const me = startHotlineAgent(
    client,
    { ...settings, queue: QUEUE_GROUP },
    (call) => batch.push(call),
    (message) => {
      if (agent === me) useHotlineAgent.setState({ error: message, answering: undefined });
    },
  );
  agent = me;
  running = settings;
  useHotlineAgent.setState({ error: undefined });
  me.ready.then(
    () => {
      if (agent === me) useHotlineAgent.setState({ answering: { subject: settings.subject, queue: QUEUE_GROUP } });
    },
    () => undefined,
  );
}

// Brings the running agent in line with the form: resubscribes only when the subject changes.
function sync() {
  const { enabled, form } = useHotlineAgent.getState();
  const { settings } = checkAgentForm(form);
  if (!enabled || !settings || !client) return;
  if (!running || running.subject !== settings.subject) return run(settings);
  agent?.update({ agent: settings.agent, mode: settings.mode });
  running = settings;
}

export function setAnswering(on: boolean) {
  if (!on) {
    stopAgent();
    useHotlineAgent.setState({ enabled: false, error: undefined });
    return;
  }
  const { errors } = checkAgentForm(useHotlineAgent.getState().form);
  useHotlineAgent.setState({ enabled: true, errors });
  sync();
}

export function editAgentForm(patch: Partial<AgentForm>) {
  const form = { ...useHotlineAgent.getState().form, ...patch };
  const { errors } = checkAgentForm(form);
  useHotlineAgent.setState((s) => ({ form, errors, nameEdited: s.nameEdited || patch.agent !== undefined }));
  sync();
}

export function startAgentSide(nc: NatsClient): () => void {
  client = nc;
  calls = throttledBatch(logCalls);
  const { nameEdited, form } = useHotlineAgent.getState();
  if (!nameEdited) useHotlineAgent.setState({ form: { ...form, agent: nc.name }, errors: checkAgentForm({ ...form, agent: nc.name }).errors });
  sync();
  return () => {
    stopAgent();
    calls?.stop();
    client = calls = undefined;
  };
}
