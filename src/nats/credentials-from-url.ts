export type Credentials = { user?: string; pass?: string; token?: string };

const KEY = "nats-playground.credentials";

// Classroom servers ask for credentials (README: "Classroom set-up"). They come
// once in the link (?user=&pass= or ?token=), are kept for this tab only
// (sessionStorage), and are taken out of the address bar so they are not shared
// by copying the URL or left in the history.
export function credentialsFromUrl(loc: Pick<Location, "search" | "pathname" | "hash"> = location): Credentials {
  const params = new URLSearchParams(loc.search);
  const found: Credentials = {};
  for (const k of ["user", "pass", "token"] as const) {
    const v = params.get(k);
    if (v) found[k] = v;
    params.delete(k);
  }
  if (Object.keys(found).length > 0) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(found));
    } catch {
      /* storage disabled: the credentials last for this page only */
    }
    const rest = params.toString();
    history.replaceState(null, "", `${loc.pathname}${rest ? `?${rest}` : ""}${loc.hash}`);
    return found;
  }
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as Credentials;
  } catch {
    return {};
  }
}
