// Literal parts inside a sentence of the catalogue: protocol words ("values",
// 'sleep', {"code": "ping"}) and data (an agent's name, a subject, the JSON
// parser's message). A describe function takes a Marks: `plain` leaves the text
// as it is (tests, aria-labels); `marked` wraps those parts so Rich.tsx can set
// them apart (code, translate="no") without changing a character of the text.

/** Marks a literal of the protocol in a catalogue sentence. */
export type Mark = (literal: string) => string;
export type Marks = { code: Mark; data: Mark };

export const plain: Marks = { code: (s) => s, data: (s) => s };

// Private-use characters: they never come out of the catalogue, and are removed from data before marking.
export const CODE_OPEN = "\uE000";
export const CODE_CLOSE = "\uE001";
export const DATA_OPEN = "\uE002";
export const DATA_CLOSE = "\uE003";
const clean = (s: string) => s.replace(/[\uE000-\uE003]/g, "");

export const marked: Marks = {
  code: (s) => `${CODE_OPEN}${clean(s)}${CODE_CLOSE}`,
  data: (s) => `${DATA_OPEN}${clean(s)}${DATA_CLOSE}`,
};
