import { shown } from "../../../subjects/subject-grammar";
import type { LogRow } from "./attribution";

/** What the server did that the local matcher disagrees with, for a person. */
export function describeMismatch(row: LogRow): string {
  const subject = `'${shown(row.subject)}'`;
  const parts = [
    ...row.unexpected.map((p) => `the server delivered ${subject} to '${p}', but the local matcher says '${p}' does not match it`),
    ...row.missing.map((p) => `'${p}' matches ${subject} says the local matcher, but its subscription did not receive it`),
  ];
  return parts.join("; ");
}
