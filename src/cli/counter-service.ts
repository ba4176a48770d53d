import { createCounter } from "../features/counter/counter-controller";
import type { CounterSettings } from "../features/counter/counter-logic";
import type { Received } from "../features/counter/counter-store";
import { counterEn } from "../features/counter/counter-text";
import type { CounterWords } from "../features/counter/counter-words";
import { failureText, noteOf, publisherName } from "../features/counter/counter-words";
import { busEn } from "../nats/bus-text";
import { subjectEn } from "../subjects/subject-text";
import type { FeatureDeps } from "../features/controller";
import type { RunningService } from "./lifecycle";
import type { Printer } from "./printer";

const words: CounterWords = { t: counterEn, subject: subjectEn, bus: busEn };

const formOf = (s: CounterSettings) => ({ subject: s.subject, intervalMs: String(s.intervalMs), step: String(s.step), start: String(s.start) });

// The Counter panel's publisher, headless: the same controller, so the same
// payload (the number as text) and the same Playground-Publisher headers.
export function runCounterPublisher(deps: FeatureDeps, print: Printer, settings: CounterSettings): RunningService {
  const counter = createCounter(deps);
  counter.edit(formOf(settings));
  const stopWatching = counter.store.subscribe((s, prev) => {
    if (s.published > prev.published && s.lastPublished !== undefined) print.line(`published ${s.lastPublished} on ${settings.subject}`);
    if (s.publishFailure && s.publishFailure !== prev.publishFailure) print.error(`not published: ${failureText(s.publishFailure, words)}`);
  });
  print.line(`publishing on ${settings.subject} every ${settings.intervalMs} ms, from ${settings.start} by ${settings.step}, as ${deps.client.name}`);
  counter.togglePublishing();
  return {
    stop() {
      stopWatching();
      counter.stop();
    },
  };
}

function describeValue(r: Received): string {
  const value = r.reading.kind === "number" ? String(r.reading.value) : JSON.stringify(r.reading.raw);
  const note = noteOf(r, words);
  return `${value}  from ${publisherName(r.publisher, words)}${note ? `  (${note})` : ""}`;
}

// The Counter panel's live side: every value, who sent it, and the gaps.
export function runCounterSubscriber(deps: FeatureDeps, print: Printer, subject: string): RunningService {
  const counter = createCounter(deps);
  const stopWatching = counter.store.subscribe((s, prev) => {
    if (s.subscription !== prev.subscription && s.listening === subject) {
      if (s.subscription === "ready") print.line(words.t.live.waiting.ready({ subject }));
      if (s.subscription === "refused") print.error(words.t.live.waiting.refused({ subject }));
    }
    if (s.total <= prev.total || s.listening !== subject) return;
    const fresh = s.total - prev.total;
    // the store keeps the last 20 values: a burst bigger than that is counted, not listed
    if (fresh > s.history.length) print.line(`… ${fresh - s.history.length} values not shown (received too fast to list)`);
    for (const r of s.history.slice(0, fresh).reverse()) print.line(describeValue(r));
  });
  print.line(words.t.live.waiting.pending({ subject }));
  counter.edit({ subject });
  return {
    stop() {
      stopWatching();
      counter.stop();
    },
  };
}
