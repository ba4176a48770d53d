import { MSG_ID_HEADER } from "../msg-id-header";

// The Headers editor's rules: what NATS accepts as a header (the name is one
// token of printable ASCII without ':', as in HTTP/MIME; the value is one line),
// and the two names the playground keeps for itself. Pure.

/** A row of the editor; `key` stays the same while rows before it are removed. */
export type HeaderRow = { key: number; name: string; value: string };

/** Why a header is refused; `header` is its 1-based place in the editor, `position` 1-based in the name or value. */
export type HeaderProblem =
  | { kind: "empty-name"; header: number }
  | { kind: "space"; header: number; name: string; position: number }
  | { kind: "control"; header: number; name: string; position: number; code: string }
  | { kind: "not-ascii"; header: number; name: string; position: number; char: string }
  | { kind: "colon"; header: number; name: string; position: number }
  /** "NATS/1.0" opens every header block: a name starting with NATS/ would read as a status line */
  | { kind: "status-line"; header: number; name: string }
  /** the playground's own message id, set on every message */
  | { kind: "ours"; header: number; name: string }
  | { kind: "value-line-break"; header: number; name: string; position: number };

export type HeaderCheck = { list: [string, string][]; problems: HeaderProblem[] };

const STATUS_PREFIX = "nats/";

const unicode = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function nameProblem(name: string, header: number): HeaderProblem | undefined {
  if (name === "") return { kind: "empty-name", header };
  let position = 0;
  for (const c of name) {
    position++;
    const code = c.codePointAt(0)!;
    if (c === " ") return { kind: "space", header, name, position };
    if (code < 0x20 || code === 0x7f) return { kind: "control", header, name, position, code: unicode(c) };
    if (code > 0x7e) return { kind: "not-ascii", header, name, position, char: c };
    if (c === ":") return { kind: "colon", header, name, position };
  }
  if (name.toLowerCase().startsWith(STATUS_PREFIX)) return { kind: "status-line", header, name };
  if (name.toLowerCase() === MSG_ID_HEADER.toLowerCase()) return { kind: "ours", header, name };
  return undefined;
}

function valueProblem(name: string, value: string, header: number): HeaderProblem | undefined {
  const at = value.search(/[\r\n]/);
  return at < 0 ? undefined : { kind: "value-line-break", header, name, position: [...value.slice(0, at)].length + 1 };
}

/**
 * The headers to send, in order (a name may repeat), or what is wrong with them.
 * A row left blank (no name, no value) is no header: the editor's fresh rows send nothing.
 */
export function checkHeaders(rows: readonly HeaderRow[]): HeaderCheck {
  const list: [string, string][] = [];
  const problems: HeaderProblem[] = [];
  rows.forEach(({ name, value }, i) => {
    if (name === "" && value === "") return;
    const problem = nameProblem(name, i + 1) ?? valueProblem(name, value, i + 1);
    if (problem) problems.push(problem);
    else list.push([name, value]);
  });
  return { list, problems };
}
