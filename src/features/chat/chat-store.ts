import { createStore } from "zustand/vanilla";
import type { ChatNote, ChatProblem } from "./chat-checks";
import { ALL_VIEW, CHAT } from "./chat-constants";
import type { Original } from "./chat-envelope";
import type { HistoryState } from "./chat-history";
import type { Heartbeat, Peers } from "./chat-presence";
import { applyHeartbeats, dropPeers } from "./chat-presence";
import type { ChatEntry, Delivery, Numbering, OnCreated } from "./chat-timeline";
import { mergeHistory, mergeLive } from "./chat-timeline";
import { dropPattern, markRead } from "./chat-views";

/** Who this tab is in the chat: `id` tells tabs apart in presence, `chosen` once a person named it. */
export type Me = { id: string; name: string; chosen: boolean };

export type Beat = { beat: Heartbeat; receivedAt: number };

export type ChatState = {
  me: Me;
  /** patterns of this tab's subscriptions, in the order they were joined */
  subscriptions: string[];
  /** subscriptions the server has not confirmed yet */
  joining: string[];
  view: string;
  entries: ChatEntry[];
  peers: Peers;
  history: Record<string, HistoryState>;
  joinInput: string;
  joinError?: ChatProblem;
  joinWarning?: ChatNote;
  draft: string;
  postTo: string;
  draftError?: ChatProblem;
  postToError?: ChatProblem;
  sendNote?: ChatNote;
  replyingTo?: Original;
  forwarding?: { key: string; original: Original };
  forwardTo: string;
  forwardError?: ChatProblem;
  nameInput: string;
  nameError?: ChatProblem;
  editingName: boolean;
  /** the key of the message open in the inspector (its bytes stay in the controller) */
  inspecting?: string;
};

export const initialChatState = (me: Me): ChatState => ({
  me,
  subscriptions: [],
  joining: [],
  view: ALL_VIEW,
  entries: [],
  peers: {},
  history: {},
  joinInput: "",
  draft: "",
  postTo: CHAT.defaultSubscriptions[0],
  forwardTo: "",
  nameInput: "",
  editingName: false,
});

// `me` is known when the controller is made: a tab opened with ?name= never flashes the name form
export const createChatStore = (me: Me) => createStore<ChatState>()(() => initialChatState(me));

/**
 * `onScreen`: the view a person is looking at (undefined when nobody is): what arrives there is read.
 * `created`: told which delivery made each new entry.
 */
export const withLive = (s: ChatState, batch: Delivery[], onScreen: string | undefined, next: Numbering, created?: OnCreated): Partial<ChatState> => ({
  entries: mergeLive(s.entries, batch, onScreen, CHAT.maxEntries, next, created),
});

export function withHistory(
  s: ChatState,
  pattern: string,
  stored: Delivery[],
  requestedAt: number,
  next: Numbering,
  created?: OnCreated,
): Partial<ChatState> {
  if (!s.subscriptions.includes(pattern)) return {};
  return {
    entries: mergeHistory(s.entries, pattern, stored, CHAT.maxEntries, next, requestedAt, created),
    history: { ...s.history, [pattern]: { state: "loaded", count: stored.length } },
  };
}

export const withHistoryState = (s: ChatState, pattern: string, state: HistoryState): Partial<ChatState> =>
  s.subscriptions.includes(pattern) ? { history: { ...s.history, [pattern]: state } } : {};

export const joined = (s: ChatState, pattern: string): Partial<ChatState> => ({
  subscriptions: [...s.subscriptions, pattern],
  joining: [...s.joining, pattern],
});

export const confirmed = (s: ChatState, pattern: string): Partial<ChatState> => ({ joining: s.joining.filter((p) => p !== pattern) });

export function left(s: ChatState, pattern: string): Partial<ChatState> {
  const history = { ...s.history };
  delete history[pattern];
  return {
    subscriptions: s.subscriptions.filter((p) => p !== pattern),
    joining: s.joining.filter((p) => p !== pattern),
    entries: dropPattern(s.entries, pattern),
    history,
    view: s.view === pattern ? ALL_VIEW : s.view,
  };
}

export const viewShown = (s: ChatState, view: string, onScreen: boolean): Partial<ChatState> => ({
  view,
  entries: onScreen ? markRead(s.entries, view) : s.entries,
});

export function viewRead(s: ChatState): Partial<ChatState> {
  const entries = markRead(s.entries, s.view);
  return entries === s.entries ? {} : { entries };
}

export function withHeartbeats(s: ChatState, beats: Beat[]): Partial<ChatState> {
  const peers = applyHeartbeats(s.peers, beats);
  return peers === s.peers ? {} : { peers };
}

export function withoutPeers(s: ChatState, gone: readonly string[]): Partial<ChatState> {
  const peers = dropPeers(s.peers, gone);
  return peers === s.peers ? {} : { peers };
}
