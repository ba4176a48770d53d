import type { NatsClient } from "../../nats/nats-client";
import { validatePublishSubject } from "../../subjects/subject-grammar";
import { frameBatch } from "../../ui/frame-batch";
import type { Place } from "./france-dataset";
import { franceSubject, randomPlace, settlePlace } from "./france-dataset";
import { checkEvery, fillPayload } from "./publisher-logic";
import { publishTagged, startAutoPublisher } from "./publisher-service";
import { usePublisher } from "./publisher-store";

let client: NatsClient | undefined;
let stopAuto: (() => void) | undefined;
let sent = 0;

// Publishing at 1 ms must not re-render per message: the count shows once per frame.
const sentBatch = frameBatch<string>((subjects) =>
  usePublisher.setState((s) => ({ published: s.published + subjects.length, lastSubject: subjects.at(-1), publishError: undefined })),
);

const NOT_CONNECTED = "not connected yet: publishing works once the server answers";

export function setPublisherClient(nc: NatsClient | undefined) {
  client = nc;
  if (!nc) stopAutoPublish();
}

function send(subject: string): boolean {
  if (!client) {
    usePublisher.setState({ publishError: NOT_CONNECTED });
    return false;
  }
  try {
    publishTagged(client, subject, fillPayload(usePublisher.getState().payload, { n: ++sent, subject, now: Date.now() }));
    sentBatch.push(subject);
    return true;
  } catch (err) {
    usePublisher.setState({ publishError: (err as Error).message });
    return false;
  }
}

// Picking a place writes its subject into the Subject field, where it can still be edited.
export function choosePlace(patch: Partial<Place>) {
  usePublisher.setState((s) => {
    const place = settlePlace({ ...s.place, ...patch });
    return { place, free: franceSubject(place), freeError: undefined, freeWarnings: [] };
  });
}

export const editPayload = (payload: string) => usePublisher.setState({ payload });

export function editFree(free: string) {
  const v = free.trim() === "" ? undefined : validatePublishSubject(free.trim());
  usePublisher.setState({ free, freeError: v && !v.ok ? v.reason : undefined, freeWarnings: v?.ok ? v.warnings : [] });
}

/** Refused inline with the grammar's reason; nothing is sent, the text stays. */
export function publishFree() {
  const { free } = usePublisher.getState();
  const v = validatePublishSubject(free.trim());
  if (!v.ok) {
    usePublisher.setState({ freeError: v.reason });
    return;
  }
  send(free.trim());
}

export function editEvery(every: string) {
  const check = checkEvery(every);
  usePublisher.setState({ every, everyError: check.error });
  if (check.ms !== undefined && stopAuto) runAuto(check.ms);
}

function runAuto(ms: number) {
  stopAuto?.();
  if (!client) return;
  stopAuto = startAutoPublisher(
    client,
    ms,
    () => {
      const subject = franceSubject(randomPlace());
      return { subject, payload: fillPayload(usePublisher.getState().payload, { n: ++sent, subject, now: Date.now() }) };
    },
    (subject) => sentBatch.push(subject),
    (message) => usePublisher.setState({ publishError: message }),
  );
}

function stopAutoPublish() {
  stopAuto?.();
  stopAuto = undefined;
  usePublisher.setState({ auto: false });
}

export function toggleAutoPublish() {
  if (usePublisher.getState().auto) {
    stopAutoPublish();
    return;
  }
  const check = checkEvery(usePublisher.getState().every);
  if (check.ms === undefined) {
    usePublisher.setState({ everyError: check.error });
    return;
  }
  if (!client) {
    usePublisher.setState({ publishError: NOT_CONNECTED });
    return;
  }
  usePublisher.setState({ auto: true, publishError: undefined });
  runAuto(check.ms);
}
