import type { Cancel } from "../../host/host";
import { Batch, createBatcher } from "../../nats/batching";
import { subscribeBatched } from "../../nats/subscribe-batched";
import type { BatchedSubscription } from "../../nats/subscribe-batched";
import type { FeatureDeps } from "../controller";
import type { CounterForm, CounterSettings } from "./counter-logic";
import { toBusError } from "../../nats/errors";
import { checkForm, PUBLISHER_HEADER, PUBLISHER_ID_HEADER, STEP_HEADER, UNKNOWN_PUBLISHER } from "./counter-logic";
import type { Inspection } from "./counter-inspect";
import { inspectionOf, KEPT } from "./counter-inspect";
import { createKept } from "../../ui/inspector/kept";
import { readBytes } from "./counter-payload";
import type { Headers, Incoming, Received } from "./counter-store";
import { createCounterStore, listeningAfresh, receive } from "./counter-store";
import type { TimelineLimits, TimelinePublisher } from "./counter-timeline";
import { createTimeline, sharedHeaders, TIMELINE } from "./counter-timeline";

export type CounterOptions = { timeline?: TimelineLimits };

/** The values over time, as of a revision of the store's `timeline`. */
export type TimelineView = { revision: number; publishers: readonly TimelinePublisher[] };

/** What the export writes: the values over time, and a value's whole payload while the tab still keeps it. */
export type ExportSource = { subject: string; publishers: readonly TimelinePublisher[]; payloadOf: (id: number) => Uint8Array | undefined };

export type CounterController = ReturnType<typeof createCounter>;

// The Counter (lab V.1): listens on the form's subject in every tab, and
// publishes start, start+step, … every interval when asked. The value is
// decimal text, exactly what the lab's Python publisher sends.
export function createCounter({ client, host }: FeatureDeps, options: CounterOptions = {}) {
  const store = createCounterStore();
  const publisherId = host.randomId();
  let subscription: BatchedSubscription | undefined;
  let stopTicker: Cancel | undefined;
  let running: CounterSettings | undefined;
  let lastId = 0;
  // the payloads, headers and reply subjects of the values shown: for the inspector, never in the store
  const kept = createKept<number>(KEPT);
  let inspected: Inspection | undefined;
  // the last 5 minutes of values, per publisher: the chart and the export (counter-timeline.ts)
  const timeline = createTimeline(options.timeline ?? TIMELINE);
  const lastHeaders = new Map<string, Headers>();
  let view: TimelineView = { revision: 0, publishers: [] };

  const localStep = () => checkForm(store.getState().form).settings?.step ?? 2;
  const received = createBatcher<Incoming>(
    Batch.perFrame,
    (batch) => {
      const s = store.getState();
      const { patch, received: values } = receive(s, batch, localStep());
      timeline.add(values, host.now());
      store.setState({ ...patch, timeline: s.timeline + 1 });
    },
    host,
  );

  function listen(subject: string) {
    subscription?.stop();
    received.flushNow();
    store.setState((s) => ({ ...listeningAfresh(subject), timeline: s.timeline + 1 }));
    kept.clear();
    timeline.clear();
    lastHeaders.clear();
    const sub = subscribeBatched(client, subject, {
      into: received,
      map: (m) => {
        const h = m.headers;
        const publisher = h?.[PUBLISHER_HEADER] || undefined;
        const step = Number(h?.[STEP_HEADER]);
        const id = ++lastId;
        kept.keep(id, { data: m.data, headers: m.headerList, reply: m.reply });
        const publisherKey = h?.[PUBLISHER_ID_HEADER] || publisher || UNKNOWN_PUBLISHER;
        const headers = sharedHeaders(lastHeaders.get(publisherKey), m.headerList);
        if (headers) lastHeaders.set(publisherKey, headers);
        return {
          id,
          at: host.now(),
          subject: m.subject,
          publisher,
          publisherKey,
          headers,
          step: Number.isFinite(step) && step !== 0 ? step : undefined,
          reading: readBytes(m.data),
        };
      },
      onReady: () => store.setState({ subscription: "ready" }),
      onRefused: (e) => store.setState({ publishFailure: { kind: "bus", detail: e.detail }, subscription: "refused" }),
    });
    subscription = sub;
  }

  function publishFrom(settings: CounterSettings, firstValue: number) {
    stopTicker?.();
    running = settings;
    store.setState({ publishingWith: settings });
    let value = firstValue;
    const headers = { [PUBLISHER_HEADER]: client.name, [PUBLISHER_ID_HEADER]: publisherId, [STEP_HEADER]: String(settings.step) };
    const publishOne = () => {
      try {
        client.publish(settings.subject, String(value), { headers });
        store.setState((s) => ({ published: s.published + 1, lastPublished: value, publishFailure: undefined }));
        value += settings.step;
      } catch (err) {
        store.setState({ publishFailure: { kind: "bus", detail: toBusError(err, settings.subject).detail } });
      }
    };
    publishOne();
    stopTicker = host.every(settings.intervalMs, publishOne);
  }

  function stopPublishing() {
    stopTicker?.();
    stopTicker = running = undefined;
    store.setState({ publishing: false, publishingWith: undefined });
  }

  listen(store.getState().listening);

  return {
    store,
    /** Edits a field; a valid subject is listened to at once, a running publisher follows the new settings. */
    edit(patch: Partial<CounterForm>) {
      const form = { ...store.getState().form, ...patch };
      const { settings, errors } = checkForm(form);
      store.setState({ form, errors });
      if (!settings) return;
      if (settings.subject !== store.getState().listening) listen(settings.subject);
      if (running && (settings.subject !== running.subject || settings.intervalMs !== running.intervalMs || settings.step !== running.step)) {
        // carries on from its current value
        const last = store.getState().lastPublished;
        publishFrom(settings, last === undefined ? settings.start : last + settings.step);
      }
    },
    togglePublishing() {
      if (running) return stopPublishing();
      const { settings, errors } = checkForm(store.getState().form);
      store.setState({ errors });
      if (!settings) return;
      if (!client.server()) return store.setState({ publishFailure: { kind: "not-connected-yet" } });
      store.setState({ publishing: true, published: 0, lastPublished: undefined });
      publishFrom(settings, settings.start);
    },
    /** opens the inspector on a value: its payload, headers and reply, if still kept */
    inspect(r: Received) {
      inspected = inspectionOf(r, kept.get(r.id), store.getState().listening);
      store.setState({ inspecting: r.id });
    },
    closeInspector() {
      inspected = undefined;
      store.setState({ inspecting: undefined });
    },
    /** what the open inspector shows (undefined when none is open) */
    inspection: (): Inspection | undefined => inspected,
    /** each publisher's values of the last minutes, for the chart: the same object while the store's `timeline` stays `revision` */
    timeline(revision: number = store.getState().timeline): TimelineView {
      if (view.revision !== revision) view = { revision, publishers: timeline.publishers() };
      return view;
    },
    /** the values of the last minutes as they are now, for the export */
    exportSource(): ExportSource {
      timeline.prune(host.now());
      return { subject: store.getState().listening, publishers: timeline.publishers(), payloadOf: (id) => kept.get(id)?.data };
    },
    stop() {
      stopPublishing();
      subscription?.stop();
      received.stop();
    },
  };
}
