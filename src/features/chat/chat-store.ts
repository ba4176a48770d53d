import { create } from "zustand";
import { ALL_VIEW, CHAT } from "./chat-constants";
import type { Original } from "./chat-envelope";
import type { Heartbeat, Peers } from "./chat-presence";
import { applyHeartbeats, expirePeers } from "./chat-presence";
import type { ChatEntry, Delivery } from "./chat-timeline";
import { mergeHistory, mergeLive } from "./chat-timeline";
import { dropPattern, markRead } from "./chat-views";
import { readMe } from "./chat-session";

export type HistoryState =
  | { state: "loading" }
  | { state: "loaded"; count: number }
  | { state: "outside" }
  | { state: "unavailable"; reason: string; /** seconds until the read is tried again */ retryInS?: number };

export type Me = { id: string; name: string; chosen: boolean };

type ChatStore = {
  me: Me;
  /** patterns of this tab's subscriptions, in the order they were joined */
  subscriptions: string[];
  /** subscriptions the server has not confirmed yet */
  joining: string[];
  view: string;
  entries: ChatEntry[];
  peers: Peers;
  history: Record<string, HistoryState>;
  /** a history read has reached the stream (sticky while a re-read is under way after a reconnect) */
  streamSeen: boolean;
  panelVisible: boolean;
  joinInput: string;
  joinError?: string;
  joinWarning?: string;
  draft: string;
  postTo: string;
  draftError?: string;
  postToError?: string;
  sendNote?: string;
  replyingTo?: Original;
  forwarding?: { key: string; original: Original };
  forwardTo: string;
  forwardError?: string;
  nameInput: string;
  nameError?: string;
  editingName: boolean;
};

export const initialChatState = (): ChatStore => ({
  // read at once in a browser so a tab opened with ?name= never flashes the name form
  me: typeof sessionStorage === "undefined" ? { id: "", name: "", chosen: false } : readMe(),
  subscriptions: [],
  joining: [],
  view: ALL_VIEW,
  entries: [],
  peers: {},
  history: {},
  streamSeen: false,
  panelVisible: false,
  joinInput: "",
  draft: "",
  postTo: CHAT.defaultSubscriptions[0],
  forwardTo: "",
  nameInput: "",
  editingName: false,
});

export const useChat = create<ChatStore>()(initialChatState);

export const patchChat = (patch: Partial<ChatStore>) => useChat.setState(patch);

/** The view a person is looking at right now, if any: what arrives there is read. */
export function visibleView(documentVisible: boolean): string | undefined {
  const s = useChat.getState();
  return s.panelVisible && documentVisible ? s.view : undefined;
}

export function receiveLive(batch: Delivery[], onScreen: string | undefined) {
  useChat.setState((s) => ({ entries: mergeLive(s.entries, batch, onScreen, CHAT.maxEntries) }));
}

export function receiveHistory(pattern: string, stored: Delivery[], requestedAt: number) {
  useChat.setState((s) => {
    if (!s.subscriptions.includes(pattern)) return {};
    return {
      entries: mergeHistory(s.entries, pattern, stored, CHAT.maxEntries, requestedAt),
      history: { ...s.history, [pattern]: { state: "loaded", count: stored.length } },
      streamSeen: true,
    };
  });
}

export function setHistory(pattern: string, state: HistoryState) {
  // a stream or JetStream that is gone is forgotten; a read that merely timed out is not
  const gone = "reason" in state && /does not exist|not enabled/.test(String(state.reason));
  useChat.setState((s) =>
    s.subscriptions.includes(pattern) ? { history: { ...s.history, [pattern]: state }, ...(gone ? { streamSeen: false } : {}) } : {},
  );
}

export function addSubscription(pattern: string) {
  useChat.setState((s) => ({ subscriptions: [...s.subscriptions, pattern], joining: [...s.joining, pattern] }));
}

export function subscriptionReady(pattern: string) {
  useChat.setState((s) => ({ joining: s.joining.filter((p) => p !== pattern) }));
}

export function removeSubscription(pattern: string) {
  useChat.setState((s) => {
    const history = { ...s.history };
    delete history[pattern];
    return {
      subscriptions: s.subscriptions.filter((p) => p !== pattern),
      joining: s.joining.filter((p) => p !== pattern),
      entries: dropPattern(s.entries, pattern),
      history,
      view: s.view === pattern ? ALL_VIEW : s.view,
    };
  });
}

export function showView(view: string, onScreen: boolean) {
  useChat.setState((s) => ({ view, entries: onScreen ? markRead(s.entries, view) : s.entries }));
}

export function markViewRead() {
  useChat.setState((s) => {
    const entries = markRead(s.entries, s.view);
    return entries === s.entries ? {} : { entries };
  });
}

export function receiveHeartbeats(beats: { beat: Heartbeat; receivedAt: number }[]) {
  useChat.setState((s) => ({ peers: applyHeartbeats(s.peers, beats) }));
}

export function expireStalePeers(now: number) {
  useChat.setState((s) => {
    const peers = expirePeers(s.peers, now);
    return peers === s.peers ? {} : { peers };
  });
}
