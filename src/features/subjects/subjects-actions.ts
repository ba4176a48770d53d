import type { NatsClient } from "../../nats/nats-client";
import { useConnection } from "../../nats/connection-store";
import { shown, validatePattern } from "../../subjects/subject-grammar";
import { frameBatch } from "../../ui/frame-batch";
import type { FrameBatch } from "../../ui/frame-batch";
import type { ActiveSub } from "./attribution";
import { PALETTE_SIZE } from "./colours";
import { ingest, setActiveSubs } from "./subjects-engine";
import type { Incoming } from "./subjects-engine";
import { findSub, SubState, updateSub, useSubjects } from "./subjects-store";
import type { SubView } from "./subjects-store";
import { openSubscription } from "./subscription-service";
import type { LiveSub } from "./subscription-service";
import { setPublisherClient } from "./publisher-actions";

let client: NatsClient | undefined;
let batch: FrameBatch<Incoming> | undefined;
const live = new Map<string, LiveSub>();
let active: ActiveSub[] = [];
let nextKey = 100;

function refreshActive() {
  active = [...live.values()].flatMap((l) => (l.since === undefined ? [] : [{ sub: l.ref, since: l.since }]));
}

function connect(view: SubView) {
  if (!client || !batch) return;
  const push = batch.push;
  updateSub(view.key, { state: SubState.Subscribing, error: undefined });
  try {
    const l = openSubscription(client, { key: view.key, pattern: view.pattern, colour: view.colour }, push, {
      onReady: (since) => {
        if (live.get(view.key) !== l) return;
        l.since = since;
        refreshActive();
        updateSub(view.key, { state: SubState.Active });
      },
      onRefused: (reason) => {
        if (live.get(view.key) !== l) return;
        disconnect(view.key);
        updateSub(view.key, { state: SubState.Refused, error: reason });
      },
    });
    live.set(view.key, l);
  } catch (err) {
    updateSub(view.key, { state: SubState.Refused, error: (err as Error).message });
  }
}

function disconnect(key: string) {
  const l = live.get(key);
  if (!l) return;
  live.delete(key);
  l.bus.unsubscribe();
  refreshActive();
}

export function editPattern(text: string) {
  const v = text.trim() === "" ? undefined : validatePattern(text.trim());
  useSubjects.setState({ pattern: { text, error: v && !v.ok ? v.reason : undefined, warnings: v?.ok ? v.warnings : [] } });
}

/** Validates and subscribes; on refusal the reason shows and the text stays. */
export function subscribePattern() {
  const { text } = useSubjects.getState().pattern;
  const pattern = text.trim();
  const v = validatePattern(pattern);
  if (!v.ok) {
    useSubjects.setState({ pattern: { text, error: v.reason, warnings: [] } });
    return;
  }
  const subs = useSubjects.getState().subs;
  if (subs.some((s) => s.pattern === pattern)) {
    useSubjects.setState({ pattern: { text, error: `${shown(pattern)}: already in the list — each pattern is one subscription`, warnings: [] } });
    return;
  }
  const used = new Set(subs.map((s) => s.colour));
  const colour = [...Array(PALETTE_SIZE).keys()].find((c) => !used.has(c)) ?? subs.length % PALETTE_SIZE;
  const view: SubView = { key: `s${++nextKey}`, pattern, colour, state: SubState.Waiting, warnings: v.warnings };
  useSubjects.setState({ subs: [...subs, view], pattern: { text: "", warnings: [] } });
  connect(view);
}

/** Unsubscribes on the server; the pattern and its count stay listed. */
export function pauseSub(key: string) {
  disconnect(key);
  updateSub(key, { state: SubState.Paused, error: undefined });
}

export function resumeSub(key: string) {
  const view = findSub(key);
  if (!view) return;
  if (client) connect(view);
  else updateSub(key, { state: SubState.Waiting });
}

export function removeSub(key: string) {
  disconnect(key);
  useSubjects.setState((s) => ({ subs: s.subs.filter((v) => v.key !== key) }));
}

export function startSubjects(nc: NatsClient): () => void {
  client = nc;
  batch = frameBatch(ingest);
  setActiveSubs(() => active);
  setPublisherClient(nc);
  for (const view of useSubjects.getState().subs) if (view.state !== SubState.Paused) connect(view);
  // nats.ws re-sends our subscriptions after a reconnect; messages published
  // while they were being re-sent may rightly reach only some of them, so
  // "expected to deliver" restarts from the reconnection.
  const unwatch = useConnection.subscribe((s, prev) => {
    if (s.status.type !== "connected" || prev.status.type === "connected") return;
    const now = Date.now();
    for (const l of live.values()) if (l.since !== undefined) l.since = now;
    refreshActive();
  });
  return () => {
    unwatch();
    for (const key of [...live.keys()]) disconnect(key);
    batch?.stop();
    setPublisherClient(undefined);
    client = batch = undefined;
  };
}
