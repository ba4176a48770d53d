import { describeProblem } from "../../subjects/subject-text";
import type { SubjectText } from "../../subjects/subject-text";
import { describeBusDetail } from "../../nats/bus-text";
import type { BusText } from "../../nats/bus-text";
import type { Format } from "../../i18n/format";
import type { InspectorText } from "../../ui/inspector/inspector-text";
import type { FieldProblem, Reading } from "./counter-logic";
import type { CounterState, Received } from "./counter-store";
import type { CounterText } from "./counter-text";
import { describeContinuity, describeFieldProblem } from "./counter-text";

/** The catalogues a Counter view speaks with. */
export type CounterWords = { t: CounterText; subject: SubjectText; bus: BusText };

export const fieldError = (p: FieldProblem | undefined, w: CounterWords) =>
  p === undefined ? undefined : p.kind === "subject" ? describeProblem(p.problem, w.subject) : describeFieldProblem(p, w.t);

export function noteOf(r: Received, w: CounterWords): string | undefined {
  if (r.reading.kind === "not-a-number") return r.reading.binary ? w.t.note.notText : w.t.note.notANumber;
  return r.continuity && describeContinuity(r.continuity, w.t);
}

export const publisherName = (name: string | undefined, w: CounterWords) => name ?? w.t.live.unknown;

export function failureText(f: CounterState["publishFailure"], w: CounterWords): string | undefined {
  if (!f) return undefined;
  return f.kind === "not-connected-yet" ? w.t.publisher.notConnectedYet : describeBusDetail(f.detail, w.bus);
}

/** A value's text as the panel shows it: the number, the text (its start when long), or "N bytes (binary): 00 01 …". */
export function readingText(r: Reading, inspector: InspectorText, f: Format): string {
  if (r.kind === "number") return String(r.value);
  return r.binary ? inspector.binary({ count: f.number(r.binary.size), preview: r.binary.preview }) : r.raw;
}

const LABEL_CHARS = 60;

/** What names a value's Inspect button: the value, cut short. */
export function inspectLabel(r: Reading, w: CounterWords, inspector: InspectorText, f: Format): string {
  const shown = r.kind === "not-a-number" && !r.binary ? JSON.stringify(r.raw) : readingText(r, inspector, f);
  return w.t.history.inspect({ value: shown.length > LABEL_CHARS ? `${shown.slice(0, LABEL_CHARS)}…` : shown });
}
