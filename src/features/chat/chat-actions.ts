import type { NatsClient } from "../../nats/nats-client";
import { useConnection } from "../../nats/connection-store";
import { frameBatch } from "../../ui/frame-batch";
import type { FrameBatch } from "../../ui/frame-batch";
import { isWildcardPattern } from "../../subjects/subject-grammar";
import { matches } from "../../subjects/subject-match";
import { checkJoin, checkName } from "./chat-checks";
import type { Heartbeat } from "./chat-presence";
import { announce, startPresence } from "./chat-presence-service";
import { readMe, readPatterns, saveName, savePatterns } from "./chat-session";
import type { RoomSubscription } from "./chat-service";
import { loadRoomHistory, subscribeRoom } from "./chat-service";
import type { Me } from "./chat-store";
import {
  addSubscription, expireStalePeers, markViewRead, patchChat, receiveHeartbeats, receiveHistory, receiveLive,
  removeSubscription, setHistory, showView, subscriptionReady, useChat, visibleView,
} from "./chat-store";
import type { Delivery } from "./chat-timeline";

// What components call. Holds the tab's client and one real NATS subscription
// per joined pattern; the store holds everything shown.
let client: NatsClient | undefined;
let live: FrameBatch<Delivery> | undefined;
const rooms = new Map<string, RoomSubscription>();

export const chatClient = () => client;
const documentVisible = () => typeof document === "undefined" || document.visibilityState === "visible";

export function me(): Me {
  if (!useChat.getState().me.id) patchChat({ me: readMe() });
  return useChat.getState().me;
}

function heartbeat(): Heartbeat {
  const { id, name } = me();
  return { id, name, patterns: useChat.getState().subscriptions, at: Date.now() };
}

const persist = () => savePatterns(useChat.getState().subscriptions);

// A read that timed out (a cluster electing a stream leader, a node catching up)
// is tried again later, less and less often, while the room stays joined; a
// refusal or a missing stream is final.
const HISTORY_RETRY_MS = [5_000, 10_000, 20_000, 30_000, 30_000, 30_000];
const historyRetries = new Map<string, ReturnType<typeof setTimeout>>();

function cancelHistoryRetry(pattern: string) {
  clearTimeout(historyRetries.get(pattern));
  historyRetries.delete(pattern);
}

async function fillHistory(pattern: string, attempt = 0) {
  if (!client) return;
  cancelHistoryRetry(pattern);
  setHistory(pattern, { state: "loading" });
  const requestedAt = Date.now();
  const r = await loadRoomHistory(client, pattern);
  if (r.ok === "outside") return setHistory(pattern, { state: "outside" });
  if (!r.ok) {
    const wait = /did not (answer|deliver)/.test(r.reason) ? HISTORY_RETRY_MS[attempt] : undefined;
    setHistory(pattern, { state: "unavailable", reason: r.reason, retryInS: wait && wait / 1000 });
    if (wait !== undefined && rooms.has(pattern)) {
      historyRetries.set(
        pattern,
        setTimeout(() => rooms.has(pattern) && void fillHistory(pattern, attempt + 1), wait),
      );
    }
    return;
  }
  // A message both live and in this read reached us live first (same connection,
  // queued earlier): flushing the frame batch puts every such copy in the store,
  // so plain text can be matched by content before the stored copies are added.
  live?.flushNow();
  receiveHistory(pattern, r.deliveries, requestedAt);
}

function dropRoom(pattern: string, why?: string) {
  cancelHistoryRetry(pattern);
  rooms.get(pattern)?.stop();
  rooms.delete(pattern);
  removeSubscription(pattern);
  persist();
  if (why) patchChat({ joinError: `could not join ${pattern}: ${why}` });
}

async function subscribe(pattern: string) {
  if (!client || !live) return;
  const batch = live;
  addSubscription(pattern);
  persist();
  let room: RoomSubscription;
  try {
    room = subscribeRoom(client, pattern, (d) => batch.push(d), (message) => dropRoom(pattern, message));
  } catch (err) {
    dropRoom(pattern, (err as Error).message);
    return;
  }
  rooms.set(pattern, room);
  try {
    await room.ready;
  } catch (err) {
    if (rooms.get(pattern) === room) dropRoom(pattern, (err as Error).message);
    return;
  }
  if (rooms.get(pattern) !== room) return;
  subscriptionReady(pattern);
  announce(client, heartbeat());
  await fillHistory(pattern);
}

export function editJoin(joinInput: string) {
  patchChat({ joinInput, joinError: undefined, joinWarning: undefined });
}

export function joinRoom() {
  const s = useChat.getState();
  const checked = checkJoin(s.joinInput, s.subscriptions);
  if (!checked.ok) return patchChat({ joinError: checked.error, joinWarning: undefined });
  if (!client) return patchChat({ joinError: "not connected yet: join once the server answers" });
  patchChat({ joinInput: "", joinError: undefined, joinWarning: checked.warning });
  void subscribe(checked.value);
}

export function leaveRoom(pattern: string) {
  dropRoom(pattern);
  const remaining = useChat.getState().subscriptions;
  // Said at once, so other tabs' online lists do not wait for our next heartbeat.
  if (client) announce(client, heartbeat(), remaining.length ? remaining : [pattern]);
}

export function selectView(view: string) {
  showView(view, useChat.getState().panelVisible && documentVisible());
  if (view !== "all" && !isWildcardPattern(view) && !useChat.getState().replyingTo) patchChat({ postTo: view });
}

export function setPanelVisible(panelVisible: boolean) {
  patchChat({ panelVisible });
  if (panelVisible && documentVisible()) markViewRead();
}

export function editName(nameInput: string) {
  patchChat({ nameInput, nameError: undefined });
}

export function startEditingName() {
  patchChat({ editingName: true, nameInput: me().name, nameError: undefined });
}

export function cancelEditingName() {
  patchChat({ editingName: false, nameError: undefined });
}

export function chooseName() {
  const checked = checkName(useChat.getState().nameInput);
  if (!checked.ok) return patchChat({ nameError: checked.error });
  saveName(checked.value);
  patchChat({ me: { ...me(), name: checked.value, chosen: true }, editingName: false, nameError: undefined });
  if (client) announce(client, heartbeat());
}

/** A note when a message went where none of this tab's subscriptions will show it. */
export function unheardNote(subject: string, what: string): string | undefined {
  if (useChat.getState().subscriptions.some((p) => matches(p, subject))) return undefined;
  return `${what} ${subject}: none of your subscriptions covers it, so it does not show here (join it to see it)`;
}

export function startChat(nc: NatsClient): () => void {
  client = nc;
  me();
  live = frameBatch<Delivery>((items) => receiveLive(items, visibleView(documentVisible())));
  const stopPresence = startPresence(nc, heartbeat, receiveHeartbeats, expireStalePeers);
  for (const pattern of readPatterns()) void subscribe(pattern);
  // After an outage, the stream has what this tab missed: read it again (duplicates are merged).
  const stopWatching = useConnection.subscribe((s, prev) => {
    if (s.status.type === "connected" && prev.status.type === "reconnecting") {
      for (const pattern of useChat.getState().subscriptions) void fillHistory(pattern);
    }
  });
  const onVisibility = () => documentVisible() && useChat.getState().panelVisible && markViewRead();
  document.addEventListener("visibilitychange", onVisibility);
  return () => {
    document.removeEventListener("visibilitychange", onVisibility);
    stopWatching();
    stopPresence();
    for (const room of rooms.values()) room.stop();
    rooms.clear();
    for (const pattern of [...historyRetries.keys()]) cancelHistoryRetry(pattern);
    live?.stop();
    client = live = undefined;
  };
}
