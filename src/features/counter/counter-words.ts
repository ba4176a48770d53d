import { describeProblem } from "../../subjects/subject-text";
import type { SubjectText } from "../../subjects/subject-text";
import { describeBusDetail } from "../../nats/bus-text";
import type { BusText } from "../../nats/bus-text";
import type { FieldProblem } from "./counter-logic";
import type { CounterState, Received } from "./counter-store";
import type { CounterText } from "./counter-text";
import { describeContinuity, describeFieldProblem } from "./counter-text";

/** The catalogues a Counter view speaks with. */
export type CounterWords = { t: CounterText; subject: SubjectText; bus: BusText };

export const fieldError = (p: FieldProblem | undefined, w: CounterWords) =>
  p === undefined ? undefined : p.kind === "subject" ? describeProblem(p.problem, w.subject) : describeFieldProblem(p, w.t);

export const noteOf = (r: Received, w: CounterWords) =>
  r.reading.kind === "not-a-number" ? w.t.note.notANumber : r.continuity && describeContinuity(r.continuity, w.t);

export const publisherName = (name: string | undefined, w: CounterWords) => name ?? w.t.live.unknown;

export function failureText(f: CounterState["publishFailure"], w: CounterWords): string | undefined {
  if (!f) return undefined;
  return f.kind === "not-connected-yet" ? w.t.publisher.notConnectedYet : describeBusDetail(f.detail, w.bus);
}
