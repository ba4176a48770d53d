import { Batch, createBatcher } from "../../nats/batching";
import type { BusDetail } from "../../nats/errors";
import { readRecentPerSubject } from "../../nats/jetstream-history";
import { subscribeBatched } from "../../nats/subscribe-batched";
import type { BatchedSubscription } from "../../nats/subscribe-batched";
import { isWildcardPattern } from "../../subjects/subject-grammar";
import type { FeatureDeps } from "../controller";
import { checkJoin, checkName } from "./chat-checks";
import { ALL_VIEW, CHAT } from "./chat-constants";
import { startHeartbeats } from "./chat-heartbeats";
import type { HistoryEvent, HistoryReader } from "./chat-history";
import { createHistoryReads, streamGone } from "./chat-history";
import type { ExportableEntry } from "./chat-export";
import type { Inspection } from "./chat-inspect";
import { inspectionOf, KEPT } from "./chat-inspect";
import { createKept } from "../../ui/inspector/kept";
import { payloadText } from "./chat-payload";
import { readMe, readPatterns, saveName, savePatterns } from "./chat-persistence";
import { createPosting } from "./chat-posting";
import type { ChatState } from "./chat-store";
import {
  confirmed, createChatStore, joined, left, viewRead, viewShown, withHeartbeats, withHistory, withHistoryState, withLive,
  withoutPeers,
} from "./chat-store";
import type { ChatEntry, Delivery } from "./chat-timeline";
import { numbering } from "./chat-timeline";
import { viewEntries } from "./chat-views";

export type ChatOptions = {
  /** how the stream is read (a test answers timeouts, then messages) */
  readHistory?: HistoryReader;
};

export type ChatController = ReturnType<typeof createChat>;

const FRAME_MS = 16;
/** a batch this big means a flood: nobody reads 100 messages in one frame */
const FLOOD_BATCH = 100;
const FLOOD_GAP_MS = 300;

// The Chat (lab V.4): one real NATS subscription per joined pattern, the
// history of each from the CHAT stream, presence on presence.chat.…, and
// posting. The store holds everything shown.
export function createChat({ client, host }: FeatureDeps, { readHistory = readRecentPerSubject }: ChatOptions = {}) {
  const store = createChatStore(readMe(host.storage, client.name, host.randomId()));
  const patch = (p: Partial<ChatState>) => store.setState(p);
  const next = numbering();
  const rooms = new Map<string, BatchedSubscription>();
  let panelVisible = false;
  /** a history read has reached the stream (sticky while a re-read is under way after a reconnect) */
  let streamSeen = false;
  // the payloads, headers and reply subjects of the newest messages: for the inspector, never in the store
  const kept = createKept<string>(KEPT);
  const keep = (key: string, d: Delivery) => {
    if (d.wire) kept.keep(key, d.wire);
  };
  let inspected: Inspection | undefined;

  /** The view a person is looking at right now, if any: what arrives there is read. */
  const onScreen = () => (panelVisible && host.visibility.visible() ? store.getState().view : undefined);
  // A frame's worth of messages at a time; while a flood lasts, one update every FLOOD_GAP_MS. Per frame, a
  // 20 000-message flood rendered every message that arrived although most left the 500 shown a frame later:
  // frames of 280-350 ms and a click answered in 80-150 ms (bench, 2 cores).
  let flooding = false;
  const live = createBatcher<Delivery>(
    Batch.throttled(() => (flooding ? FLOOD_GAP_MS : FRAME_MS)),
    (batch) => {
      flooding = batch.length >= FLOOD_BATCH;
      store.setState((s) => withLive(s, batch, onScreen(), next, keep));
    },
    host,
  );

  const presence = startHeartbeats({
    client,
    host,
    current: () => {
      const { me, subscriptions } = store.getState();
      return { id: me.id, name: me.name, patterns: subscriptions };
    },
    onBeats: (beats) => store.setState((s) => withHeartbeats(s, beats)),
    onGone: (ids) => store.setState((s) => withoutPeers(s, ids)),
  });

  function onHistory(pattern: string, event: HistoryEvent) {
    switch (event.kind) {
      case "loaded":
        // A message both live and in this read reached us live first (same connection,
        // queued earlier): flushing the live batch puts every such copy in the store,
        // so plain text can be matched by content before the stored copies are added.
        live.flushNow();
        store.setState((s) => withHistory(s, pattern, event.deliveries, event.requestedAt, next, keep));
        if (store.getState().subscriptions.includes(pattern)) streamSeen = true;
        return;
      case "unavailable":
        // a stream or JetStream that is gone is forgotten; a read that merely timed out is not
        if (streamGone(event.failure)) streamSeen = false;
        return store.setState((s) => withHistoryState(s, pattern, { state: "unavailable", detail: event.detail, retryInS: event.retryInS }));
      default:
        return store.setState((s) => withHistoryState(s, pattern, { state: event.kind }));
    }
  }
  const history = createHistoryReads({ client, scheduler: host, reader: readHistory, onEvent: onHistory });

  const persist = () => savePatterns(host.storage, store.getState().subscriptions);

  function dropRoom(pattern: string, why?: BusDetail) {
    history.forget(pattern);
    rooms.get(pattern)?.stop();
    rooms.delete(pattern);
    store.setState((s) => left(s, pattern));
    persist();
    if (why) patch({ joinError: { kind: "join-refused", pattern, detail: why } });
  }

  function subscribe(pattern: string) {
    store.setState((s) => joined(s, pattern));
    persist();
    const room = subscribeBatched(client, pattern, {
      into: live,
      map: (m) => {
        if (m.status) return undefined;
        const p = payloadText(m.data);
        return { pattern, subject: m.subject, text: p.text, binary: p.binary, at: host.now(), wire: { data: m.data, headers: m.headerList, reply: m.reply } };
      },
      onReady() {
        store.setState((s) => confirmed(s, pattern));
        presence.announce();
        history.read(pattern);
      },
      // never after stop(): a room left and joined again is not dropped by its old subscription
      onRefused: (e) => dropRoom(pattern, e.detail),
    });
    rooms.set(pattern, room);
  }

  // After an outage, the stream has what this tab missed: read it again (duplicates are merged).
  const stopWatching = client.onStatus((status) => {
    if (status.type === "reconnected") for (const pattern of store.getState().subscriptions) history.read(pattern);
  });
  const stopVisibility = host.visibility.onChange(() => {
    if (host.visibility.visible() && panelVisible) store.setState(viewRead);
  });
  const posting = createPosting({ client, host, store, streamSeen: () => streamSeen });

  for (const pattern of readPatterns(host.storage)) subscribe(pattern);

  return {
    store,
    ...posting,
    editJoin(joinInput: string) {
      patch({ joinInput, joinError: undefined, joinWarning: undefined });
    },
    joinRoom() {
      const s = store.getState();
      const checked = checkJoin(s.joinInput, s.subscriptions);
      if (!checked.ok) return patch({ joinError: checked.problem, joinWarning: undefined });
      patch({ joinInput: "", joinError: undefined, joinWarning: checked.note });
      subscribe(checked.value);
    },
    leaveRoom(pattern: string) {
      dropRoom(pattern);
      const remaining = store.getState().subscriptions;
      // Said at once, so other tabs' online lists do not wait for our next heartbeat.
      presence.announce(remaining.length ? remaining : [pattern]);
    },
    selectView(view: string) {
      store.setState((s) => viewShown(s, view, onScreen() !== undefined));
      if (view !== ALL_VIEW && !isWildcardPattern(view) && !store.getState().replyingTo) patch({ postTo: view });
    },
    /** the panel is on screen (or not): messages arriving in the shown view are read only while it is */
    setPanelVisible(visible: boolean) {
      panelVisible = visible;
      if (onScreen() !== undefined) store.setState(viewRead);
    },
    editName(nameInput: string) {
      patch({ nameInput, nameError: undefined });
    },
    startEditingName() {
      patch({ editingName: true, nameInput: store.getState().me.name, nameError: undefined });
    },
    cancelEditingName() {
      patch({ editingName: false, nameError: undefined });
    },
    chooseName() {
      const checked = checkName(store.getState().nameInput);
      if (!checked.ok) return patch({ nameError: checked.problem });
      saveName(host.storage, checked.value);
      patch({ me: { ...store.getState().me, name: checked.value, chosen: true }, editingName: false, nameError: undefined });
      presence.announce();
    },
    /** opens the inspector on a message: its first delivery's bytes, headers and reply, if still kept */
    inspect(entry: ChatEntry) {
      inspected = inspectionOf(entry, kept.get(entry.key));
      patch({ inspecting: entry.key });
    },
    closeInspector() {
      inspected = undefined;
      patch({ inspecting: undefined });
    },
    /** what the open inspector shows (undefined when none is open) */
    inspection: (): Inspection | undefined => inspected,
    /** the view's messages as the tab holds them, oldest first, with the wires still kept: for Export */
    exportable(): ExportableEntry[] {
      const { entries, view } = store.getState();
      return viewEntries(entries, view, CHAT.maxEntries).map((entry) => ({ entry, wire: kept.get(entry.key) }));
    },
    stop() {
      stopWatching();
      stopVisibility();
      presence.stop();
      history.stop();
      posting.stop();
      for (const room of rooms.values()) room.stop();
      rooms.clear();
      live.stop();
    },
  };
}
