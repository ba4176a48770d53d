import type { KeyValue } from "../../host/host";
import { isChosenName, rememberChosenNameIn } from "../../nats/client-name";
import { validatePattern } from "../../subjects/subject-grammar";
import { CHAT } from "./chat-constants";
import type { Me } from "./chat-store";

// What a tab keeps across reloads, in its own storage (a tab's is per tab): its
// name (the keys client-name reads at start-up) and the patterns it had joined.
const PATTERNS_KEY = "nats-playground.chat.subscriptions";

/** The connection carries the tab's name; its storage says whether a person chose it. */
export function readMe(storage: KeyValue, clientName: string, id: string): Me {
  return { id, name: clientName, chosen: isChosenName(storage) };
}

export function saveName(storage: KeyValue, name: string) {
  rememberChosenNameIn(storage, name);
}

export function readPatterns(storage: KeyValue): string[] {
  const raw = storage.get(PATTERNS_KEY);
  if (raw === undefined) return [...CHAT.defaultSubscriptions];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [...CHAT.defaultSubscriptions];
    return [...new Set(list.filter((p): p is string => typeof p === "string" && validatePattern(p).ok))];
  } catch {
    return [...CHAT.defaultSubscriptions];
  }
}

export function savePatterns(storage: KeyValue, patterns: string[]) {
  storage.set(PATTERNS_KEY, JSON.stringify(patterns));
}
