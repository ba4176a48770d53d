/** Why a subject or pattern is refused (`text` is what was typed, shortened for display). */
export type SubjectProblem =
  | { kind: "empty"; what: "subject" | "pattern" }
  | { kind: "too-long"; what: "subject" | "pattern"; text: string; length: number; limit: number }
  | { kind: "control"; what: "subject" | "pattern"; text: string; position: number }
  | { kind: "whitespace"; what: "subject" | "pattern"; text: string; position: number }
  /** at: the token number, or the subject starts / ends with a dot */
  | { kind: "empty-token"; text: string; at: number | "start" | "end" }
  | { kind: "wildcard-in-subject"; text: string; token: number; wildcard: string }
  | { kind: "gt-not-last"; text: string };

/** Accepted, but worth saying: 'foo*' is a literal token, not a wildcard. */
export type SubjectNote = { kind: "literal-wildcard"; token: string };
