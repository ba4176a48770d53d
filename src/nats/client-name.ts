const STORAGE_KEY = "nats-playground.tab-name";

// A tab's name: ?name= wins, else the one this tab already had (sessionStorage is
// per tab, so a second tab gets its own), else a fresh readable one.
export function tabName(search: string = location.search): string {
  const fromUrl = new URLSearchParams(search).get("name")?.trim();
  if (fromUrl) {
    safeStore(fromUrl);
    return fromUrl;
  }
  const kept = safeRead();
  if (kept) return kept;
  const fresh = `tab-${Math.random().toString(36).slice(2, 6)}`;
  safeStore(fresh);
  return fresh;
}

export function hasChosenName(search: string = location.search): boolean {
  return Boolean(new URLSearchParams(search).get("name")?.trim()) || Boolean(safeRead("chosen"));
}

export function rememberChosenName(name: string): void {
  safeStore(name);
  try {
    sessionStorage.setItem(`${STORAGE_KEY}.chosen`, "1");
  } catch {
    /* storage may be disabled; the name then lasts for this page only */
  }
}

function safeRead(suffix = ""): string | null {
  try {
    return sessionStorage.getItem(suffix ? `${STORAGE_KEY}.${suffix}` : STORAGE_KEY);
  } catch {
    return null;
  }
}

function safeStore(name: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, name);
  } catch {
    /* storage may be disabled */
  }
}
