// Does a subscription pattern receive a message published on subject?
// Same rules as nats-server's sublist: '*' = exactly one token, '>' = one or
// more trailing tokens, everything else compares exactly (case-sensitive).
export function matches(pattern: string, subject: string): boolean {
  // Floods repeat the same few subjects against the same few patterns: remember
  // recent answers (bounded) instead of splitting both strings every time.
  const key = `${pattern}\u0000${subject}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const result = matchTokens(pattern, subject);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, result);
  return result;
}

const CACHE_SIZE = 4096;
const cache = new Map<string, boolean>();

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
