// One way to write a user's text (a subject, a payload, a name) as a literal of
// each target language, so that quotes, backslashes, newlines and control
// characters never break the program nor change the text.

const hex = (code: number, width: number) => code.toString(16).padStart(width, "0");
const isLoneSurrogate = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return !(s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff);
  if (c >= 0xdc00 && c <= 0xdfff) return !(s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff);
  return false;
};

const PY_ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function pyBody(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    if (PY_ESCAPES[ch]) out += PY_ESCAPES[ch];
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (isLoneSurrogate(s, i)) out += `\\u${hex(code, 4)}`;
    else out += ch;
  }
  return out;
}

/** A Python str literal: `"fr.grand_est.>"`. Non-ASCII stays as is (Python 3 source is UTF-8). */
export function pyStr(s: string): string {
  return `"${pyBody(s)}"`;
}

/**
 * A Python bytes value, the lab's way: `b"message"` when the text is ASCII (a bytes
 * literal cannot hold anything else), else `"café".encode()` (UTF-8).
 */
export function pyBytes(s: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII, control characters included (they are escaped)
  return /^[\x00-\x7f]*$/.test(s) ? `b${pyStr(s)}` : `${pyStr(s)}.encode()`;
}

/** A JavaScript string literal (JSON's string syntax is valid JavaScript). */
export function jsStr(s: string): string {
  return JSON.stringify(s);
}

const SH_PLAIN = /^[A-Za-z0-9_./:@%+,=-]+$/;

/**
 * One shell word for POSIX sh: left bare when nothing in it is special
 * (`compteur`), else single-quoted, where nothing is special but the quote itself,
 * written '\'' (close, escaped quote, reopen). A newline inside quotes is kept as is.
 */
export function shQuote(s: string): string {
  const text = s.replace(/[\ud800-\udfff]/g, (c, i: number) => (isLoneSurrogate(s, i) ? "\ufffd" : c));
  if (SH_PLAIN.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The nats CLI reads every body and header value it sends as a Go template
 * (`{{Count}}`, `{{TimeStamp}}`…), so a literal `{{` in the user's text must be
 * written as the template action `{{"{{"}}` that prints it. (`}}` alone is plain text.)
 */
export function cliTemplateText(s: string): string {
  return s.replaceAll("{{", '{{"{{"}}');
}
