// Does a subscription pattern receive a message published on subject?
// Same rules as nats-server's sublist: '*' = exactly one token, '>' = one or
// more trailing tokens, everything else compares exactly (case-sensitive).
export function matches(pattern: string, subject: string): boolean {
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
