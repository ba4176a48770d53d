import type { Format } from "../../i18n/format";
import { describeProblem, subjectEn } from "../../subjects/subject-text";
import type { SubjectText } from "../../subjects/subject-text";
import { busEn, describeBusDetail } from "../../nats/bus-text";
import type { BusText } from "../../nats/bus-text";
import type { CallFailure } from "./hotline-ask";
import type { JsonWarning, RequestProblem } from "./hotline-request-form";
import type { ReplyNote } from "./hotline-reply-reading";
import { CODES } from "./hotline-protocol";
import type { Marks } from "./hotline-marks";
import { plain } from "./hotline-marks";
import type { RequesterText } from "./requester-text";
import { requesterEn } from "./requester-text";

/** The catalogues the requester's views speak with. */
export type RequesterWords = { t: RequesterText; subject: SubjectText; bus: BusText };

export const requesterWordsEn: RequesterWords = { t: requesterEn, subject: subjectEn, bus: busEn };

/** A field problem; the JSON parser's message (the browser's words) stays as it is, marked as data. */
export function describeRequestProblem(p: RequestProblem, w: RequesterWords = requesterWordsEn, m: Marks = plain): string {
  const t = w.t.problem;
  switch (p.kind) {
    case "subject":
      return describeProblem(p.problem, w.subject);
    case "json-empty":
      return t.jsonEmpty(m.code);
    case "json-invalid":
      return t.jsonInvalid({ detail: m.data(p.detail) });
    case "not-whole":
      return t.notWhole({ ...p, what: t.what[p.field] });
    case "out-of-range":
      return t.outOfRange({ ...p, what: t.what[p.field] });
  }
}

export function describeWarning(warning: JsonWarning, w: RequesterWords = requesterWordsEn, m: Marks = plain): string {
  const t = w.t.warning;
  switch (warning.kind) {
    case "not-an-object":
      return t.notAnObject;
    case "no-code":
      return t.noCode(m.code);
    case "unknown-code":
      return t.unknownCode({ codes: m.code(CODES.join(", ")) }, m.code);
  }
}

export function describeFailure(f: CallFailure, w: RequesterWords = requesterWordsEn, m: Marks = plain): string {
  switch (f.kind) {
    case "stopped":
      return w.t.result.stopped;
    case "status":
      return w.t.result.status({ code: f.code, description: m.data(f.description) });
    case "bus":
      // the client's or the server's own words are data
      return f.detail.kind === "other" ? m.data(f.detail.text) : describeBusDetail(f.detail, w.bus);
  }
}

export function describeReplyNote(n: ReplyNote, w: RequesterWords = requesterWordsEn, m: Marks = plain): string {
  switch (n) {
    case "not-json":
      return w.t.result.notJson;
    case "off-protocol":
      return w.t.result.offProtocol(m.code);
    case "binary":
      return w.t.result.binary;
  }
}

/** A timeout as typed in its field, a whole number of ms: "400 ms", never "400.0 ms". */
export const timeoutText = (f: Format, ms: number) => (ms < 10 ? `${f.number(ms)} ms` : f.ms(ms));
