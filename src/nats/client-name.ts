import type { KeyValue } from "../host/host";

const STORAGE_KEY = "nats-playground.tab-name";
const CHOSEN_KEY = `${STORAGE_KEY}.chosen`;
/** "1" while this page was opened with ?name=: a name given in the URL is a chosen one */
const FROM_URL_KEY = `${STORAGE_KEY}.from-url`;

// A tab's name: ?name= wins, else the one this tab already had (sessionStorage is
// per tab, so a second tab gets its own), else a fresh readable one.
export function tabName(search: string = location.search): string {
  const fromUrl = new URLSearchParams(search).get("name")?.trim();
  // for features, which see the tab's storage but never its URL (isChosenName)
  safeSet(FROM_URL_KEY, fromUrl ? "1" : "");
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
  safeSet(CHOSEN_KEY, "1");
}

/**
 * The same answer as hasChosenName, read from a Host's storage (a tab's is its
 * sessionStorage, where tabName recorded whether this page's URL named it).
 */
export function isChosenName(storage: KeyValue): boolean {
  return storage.get(FROM_URL_KEY) === "1" || Boolean(storage.get(CHOSEN_KEY));
}

/** rememberChosenName through a Host's storage: the next page load of this tab starts with this name. */
export function rememberChosenNameIn(storage: KeyValue, name: string): void {
  storage.set(STORAGE_KEY, name);
  storage.set(CHOSEN_KEY, "1");
}

function safeRead(suffix = ""): string | null {
  try {
    return sessionStorage.getItem(suffix ? `${STORAGE_KEY}.${suffix}` : STORAGE_KEY);
  } catch {
    return null;
  }
}

function safeStore(name: string): void {
  safeSet(STORAGE_KEY, name);
}

function safeSet(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    /* storage may be disabled; the name then lasts for this page only */
  }
}
