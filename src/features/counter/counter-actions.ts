import type { NatsClient } from "../../nats/nats-client";
import { checkForm } from "./counter-logic";
import type { CounterForm, CounterSettings } from "./counter-logic";
import { clearReceived, receiveCounterValues, useCounter } from "./counter-store";
import { startCounterPublisher, startCounterSubscription } from "./counter-service";

const instanceId = Math.random().toString(36).slice(2, 10);

let client: NatsClient | undefined;
let stopSubscription: (() => void) | undefined;
let stopPublisher: (() => void) | undefined;
let running: CounterSettings | undefined;

const localStep = () => checkForm(useCounter.getState().form).settings?.step ?? 2;

function listen(subject: string) {
  if (!client) return;
  stopSubscription?.();
  clearReceived(subject);
  stopSubscription = startCounterSubscription(
    client,
    subject,
    (batch) => receiveCounterValues(batch, localStep()),
    (message) => useCounter.setState({ publishError: message, subscription: "refused" }),
    () => useCounter.setState({ subscription: "ready" }),
  );
}

function publish(settings: CounterSettings, firstValue: number) {
  if (!client) return;
  stopPublisher?.();
  running = settings;
  stopPublisher = startCounterPublisher(
    client,
    settings,
    { name: client.name, id: instanceId },
    firstValue,
    (value) => useCounter.setState((s) => ({ published: s.published + 1, lastPublished: value, publishError: undefined })),
    (message) => useCounter.setState({ publishError: message }),
  );
}

export function editCounterForm(patch: Partial<CounterForm>) {
  const form = { ...useCounter.getState().form, ...patch };
  const { settings, errors } = checkForm(form);
  useCounter.setState({ form, errors });
  if (!settings) return;
  if (settings.subject !== useCounter.getState().listening) listen(settings.subject);
  // A running publisher follows subject/interval/step edits, carrying on from its current value.
  if (running && (settings.subject !== running.subject || settings.intervalMs !== running.intervalMs || settings.step !== running.step)) {
    const last = useCounter.getState().lastPublished;
    publish(settings, last === undefined ? settings.start : last + settings.step);
  }
}

export function toggleCounterPublishing() {
  if (running) {
    stopPublisher?.();
    stopPublisher = running = undefined;
    useCounter.setState({ publishing: false });
    return;
  }
  const { settings, errors } = checkForm(useCounter.getState().form);
  useCounter.setState({ errors });
  if (!settings) return;
  if (!client) {
    useCounter.setState({ publishError: "not connected yet: publishing starts once the server answers" });
    return;
  }
  useCounter.setState({ publishing: true, published: 0, lastPublished: undefined });
  publish(settings, settings.start);
}

export function startCounter(nc: NatsClient): () => void {
  client = nc;
  listen(useCounter.getState().listening);
  return () => {
    stopPublisher?.();
    stopSubscription?.();
    client = running = stopPublisher = stopSubscription = undefined;
  };
}
