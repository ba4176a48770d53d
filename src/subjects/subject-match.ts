// Does a subscription pattern receive a message published on subject?
// Same rules as nats-server's sublist: '*' = exactly one token, '>' = one or
// more trailing tokens, everything else compares exactly (case-sensitive).
export function matches(pattern: string, subject: string): boolean {
  // Floods repeat the same few subjects against the same few patterns: remember
  // recent answers (bounded) instead of splitting both strings every time.
  // One map per pattern: no key string to build and hash per call.
  let answers = cache.get(pattern);
  if (answers === undefined) {
    if (cache.size >= CACHE_PATTERNS) cache.clear();
    cache.set(pattern, (answers = new Map()));
  }
  const known = answers.get(subject);
  if (known !== undefined) return known;
  const result = matchTokens(pattern, subject);
  if (answers.size >= CACHE_SUBJECTS) answers.clear();
  answers.set(subject, result);
  return result;
}

const CACHE_PATTERNS = 256;
const CACHE_SUBJECTS = 4096;
const cache = new Map<string, Map<string, boolean>>();

function matchTokens(pattern: string, subject: string): boolean {
  const p = pattern.split(".");
  const s = subject.split(".");
  for (let i = 0; i < p.length; i++) {
    const token = p[i];
    if (token === ">") return i === p.length - 1 && s.length > i;
    if (i >= s.length) return false;
    if (token !== "*" && token !== s[i]) return false;
  }
  return p.length === s.length;
}
