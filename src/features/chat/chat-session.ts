import { hasChosenName, rememberChosenName, tabName } from "../../nats/client-name";
import { validatePattern } from "../../subjects/subject-grammar";
import { CHAT } from "./chat-constants";
import { newMessageId } from "./chat-envelope";
import type { Me } from "./chat-store";

// What a tab keeps across reloads, per tab (sessionStorage): its name (via
// client-name) and the patterns it had joined.
const PATTERNS_KEY = "nats-playground.chat.subscriptions";

export function readMe(): Me {
  return { id: newMessageId(), name: tabName(), chosen: hasChosenName() };
}

export function saveName(name: string) {
  rememberChosenName(name);
}

export function readPatterns(): string[] {
  try {
    const raw = sessionStorage.getItem(PATTERNS_KEY);
    if (raw === null) return [...CHAT.defaultSubscriptions];
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [...CHAT.defaultSubscriptions];
    return [...new Set(list.filter((p): p is string => typeof p === "string" && validatePattern(p).ok))];
  } catch {
    return [...CHAT.defaultSubscriptions];
  }
}

export function savePatterns(patterns: string[]) {
  try {
    sessionStorage.setItem(PATTERNS_KEY, JSON.stringify(patterns));
  } catch {
    /* storage disabled: the tab starts from the default rooms next time */
  }
}
