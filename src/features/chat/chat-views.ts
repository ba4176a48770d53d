import { matches } from "../../subjects/subject-match";
import { ALL_VIEW, CHAT } from "./chat-constants";
import type { ChatNote } from "./chat-checks";
import type { HistoryState } from "./chat-history";
import { chatEn, describeHistoryReason } from "./chat-text";
import type { ChatText } from "./chat-text";
import type { ChatEntry } from "./chat-timeline";

/** What the conversation shows of a long text: its start (the inspector shows it all). */
export const MAX_SHOWN_CHARS = 4000;

/** A message's text as shown: its first MAX_SHOWN_CHARS characters when longer. */
export const shownText = (text: string) => (text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text);

// The tab keeps one list; "All" and each subscription are views of it.
export const inView = (e: ChatEntry, view: string) => view === ALL_VIEW || e.via.includes(view);

/** Leaving a subscription: its deliveries go; messages no other subscription delivered go too. */
export function dropPattern(entries: ChatEntry[], pattern: string): ChatEntry[] {
  return entries.flatMap((e) => {
    if (!e.via.includes(pattern)) return [e];
    const via = e.via.filter((p) => p !== pattern);
    return via.length ? [{ ...e, via }] : [];
  });
}

/** A note when a message went where none of this tab's subscriptions will show it. */
export function unheardNote(subscriptions: readonly string[], subject: string, action: "sent" | "forwarded"): ChatNote | undefined {
  if (subscriptions.some((p) => matches(p, subject))) return undefined;
  return { kind: "unheard", action, subject };
}

export function markRead(entries: ChatEntry[], view: string): ChatEntry[] {
  if (!entries.some((e) => e.unread && inView(e, view))) return entries;
  return entries.map((e) => (e.unread && inView(e, view) ? { ...e, unread: false } : e));
}

export function viewEntries(entries: ChatEntry[], view: string, max: number): ChatEntry[] {
  const shown = view === ALL_VIEW ? entries : entries.filter((e) => e.via.includes(view));
  return shown.length > max ? shown.slice(-max) : shown;
}

export function unreadCounts(entries: ChatEntry[]): Record<string, number> {
  const counts: Record<string, number> = { [ALL_VIEW]: 0 };
  for (const e of entries) {
    if (!e.unread) continue;
    counts[ALL_VIEW]!++;
    for (const p of e.via) counts[p] = (counts[p] ?? 0) + 1;
  }
  return counts;
}

export type Block = { key: string; entries: ChatEntry[] };

/**
 * The conversation in blocks of at most `size` messages, cut by creation order so
 * that a block keeps its key and its messages while newer ones arrive and older
 * ones are trimmed: only the first and the last block of a view ever change.
 */
export function blocksOf(entries: ChatEntry[], size: number): Block[] {
  const blocks: Block[] = [];
  const seen = new Map<number, number>();
  let label = NaN;
  let current: ChatEntry[] = [];
  for (const e of entries) {
    const l = Math.floor(e.n / size);
    if (l !== label || current.length >= size) {
      label = l;
      const repeat = seen.get(l) ?? 0;
      seen.set(l, repeat + 1);
      current = [];
      blocks.push({ key: repeat ? `b${l}.${repeat}` : `b${l}`, entries: current });
    }
    current.push(e);
  }
  return blocks;
}

/** What the history status line says for the subscriptions of a view (English unless told). */
export function describeHistory(states: [string, HistoryState][], text: ChatText = chatEn): string {
  const t = text.history;
  const unavailable = states.find(([, h]) => h.state === "unavailable")?.[1] as Extract<HistoryState, { state: "unavailable" }> | undefined;
  if (unavailable) {
    const again = unavailable.retryInS ? t.retry({ seconds: unavailable.retryInS }) : "";
    return `${t.unavailable({ reason: describeHistoryReason(unavailable.detail, text) })}${again}`;
  }
  const loading = states.filter(([, h]) => h.state === "loading").map(([p]) => p);
  if (loading.length) return t.loading({ patterns: loading.join(", ") });
  const loaded = states.filter(([, h]) => h.state === "loaded") as [string, { state: "loaded"; count: number }][];
  const outside = states.filter(([, h]) => h.state === "outside").map(([p]) => p);
  const parts: string[] = [];
  if (loaded.length) {
    const count = loaded.reduce((sum, [, h]) => sum + h.count, 0);
    parts.push(t.loaded({ count, stream: CHAT.stream, perRoom: CHAT.historyPerRoom }));
  }
  if (outside.length) parts.push(t.outside({ patterns: outside.join(", "), kept: CHAT.streamSubjects }));
  return parts.join(t.separator);
}
