import type { Cancel } from "../../../host/host";
import { Batch, createBatcher } from "../../../nats/batching";
import { validatePattern } from "../../../subjects/subject-grammar";
import type { SubjectNote } from "../../../subjects/subject-problems";
import type { FeatureDeps } from "../../controller";
import { createActivity } from "./activity";
import { DEFAULT_ATTRIBUTION } from "./attribution";
import type { LogRow } from "./attribution";
import { compareMessages, NOTHING_PICKED, togglePick } from "./comparison";
import { PALETTE_SIZE } from "./colours";
import { Deliveries } from "./deliveries";
import type { Incoming } from "./deliveries";
import type { KeptMessage, NotKept } from "./kept-messages";
import { logRecord } from "./log-export";
import type { LogRecord } from "./log-export";
import type { ExplainForm, LogFrame } from "./receiver-store";
import { createReceiverStore, DEFAULT_PATTERNS, LOG_SHOWN, logFrame, SubState, withCounted, withLogFrames, withSub } from "./receiver-store";
import type { SubView } from "./receiver-store";
import { createSubscriptions } from "./subscriptions";

export type ReceiverController = ReturnType<typeof createReceiver>;

/** How often the log and the tree repaint at most while messages stream in. */
export const REPAINT_MS = 150;
/** …and the log during a flood, when each repaint would replace every row shown. */
export const FLOOD_REPAINT_MS = 500;
/** Deliveries are handled in slices of about this long, the event loop free in between. */
const SLICE_MS = 6;

// The Subjects panel's receiving half: each pattern of the list is one real
// subscription of this tab; every delivery is counted, attributed to the
// subscriptions that actually received it, and added to the subject tree.
export function createReceiver({ client, host }: FeatureDeps) {
  const store = createReceiverStore();
  const update = (key: string, patch: Partial<SubView>) => store.setState((s) => withSub(s, key, patch));
  let views = 0;
  let rowsSinceShown = 0;
  let sweep: Cancel | undefined;

  // A late frame can bring tens of thousands of deliveries at once. Handled in
  // one go they would block the page for a tenth of a second or more, and the
  // next frame would come later still, with a bigger batch: so they are handled
  // in slices, and counts reach the store once per frame. One batcher for every
  // pattern keeps the server's order, which attribution relies on.
  const deliveries = new Deliveries(() => subscriptions.active());
  const incoming = createBatcher<Incoming>(Batch.sliced(SLICE_MS), { flush: (items) => deliveries.take(items), commit: publish }, host);
  const subscriptions = createSubscriptions(client, host, incoming, {
    onState: (key, state, refusal) => update(key, { state, refusal }),
  });

  // The store changes once per frame during a flood; the log and the tree need
  // not repaint that often (laying out hundreds of rows 60 times a second is
  // what freezes a page). A quiet change shows at once; a stream of changes
  // shows at most once per gap, the latest value always last.
  // In a flood every repaint replaces all the rows shown: nobody reads that, and
  // it is the costliest thing the panel draws (tasks of 60 ms on 2 cores), so the
  // log repaints less often then.
  const logGap = () => (rowsSinceShown >= LOG_SHOWN ? FLOOD_REPAINT_MS : REPAINT_MS);
  const shownLog = createBatcher<LogFrame>(Batch.throttled(logGap), (frames) => {
    rowsSinceShown = 0;
    store.setState((s) => ({ log: withLogFrames(s.log, frames) }));
  }, host);
  const showTree = () => store.setState((s) => ({ tree: { ...s.tree, rev: deliveries.tree.rev, nodes: deliveries.tree.size } }));
  const shownTree = createBatcher<number>(Batch.throttled(REPAINT_MS), showTree, host);

  // The rate charts and the tree's rates: fed with the counts below, shown once a second.
  const activity = createActivity(host, () => deliveries.tree.root, {
    onTick: (rates, treeChanged) => store.setState((s) => ({ rates, tree: treeChanged ? { ...s.tree, rates: s.tree.rates + 1 } : s.tree })),
  });

  function publish() {
    const g = deliveries.drain();
    if (g) {
      activity.count(g.counts);
      store.setState((s) => withCounted(s, g));
      if (g.created.length > 0 || g.updated.size > 0) {
        rowsSinceShown += g.created.length;
        shownLog.push(logFrame(g, store.getState().messages));
      }
      if (g.created.length > 0) shownTree.push(deliveries.tree.rev);
    }
    scheduleSweep();
  }

  // Rows close a little after their last possible delivery, even when no
  // further message comes to trigger it. Not while deliveries wait for their
  // slice: they close rows themselves, and the last slice's commit comes back here.
  function scheduleSweep() {
    if (sweep || deliveries.openRows() === 0) return;
    sweep = host.setTimeout(() => {
      sweep = undefined;
      if (deliveries.taken < subscriptions.received()) return;
      deliveries.closeStale(host.now());
      publish();
    }, DEFAULT_ATTRIBUTION.openMs + 50);
  }

  function addView(pattern: string, colour: number, notes: SubjectNote[]) {
    const view: SubView = { key: `s${++views}`, pattern, colour, state: SubState.Waiting, notes };
    store.setState((s) => ({ subs: [...s.subs, view] }));
    subscriptions.open(view);
  }

  DEFAULT_PATTERNS.forEach((pattern, colour) => addView(pattern, colour, []));

  const editExplain = (patch: Partial<ExplainForm>) => store.setState((s) => ({ explain: { ...s.explain, ...patch } }));

  return {
    store,
    /** The subject tree, mutable: views read it when the store's `tree.rev` moves. */
    tree: deliveries.tree,
    editPattern(text: string) {
      const v = text.trim() === "" ? undefined : validatePattern(text.trim());
      store.setState({ pattern: { text, problem: v && !v.ok ? { kind: "grammar", problem: v.problem } : undefined, notes: v?.ok ? v.notes : [] } });
    },
    /** Validates and subscribes; on refusal the reason shows and the text stays. */
    subscribe() {
      const { text } = store.getState().pattern;
      const pattern = text.trim();
      const v = validatePattern(pattern);
      if (!v.ok) return store.setState({ pattern: { text, problem: { kind: "grammar", problem: v.problem }, notes: [] } });
      const subs = store.getState().subs;
      if (subs.some((s) => s.pattern === pattern)) {
        return store.setState({ pattern: { text, problem: { kind: "duplicate", pattern }, notes: [] } });
      }
      const used = new Set(subs.map((s) => s.colour));
      const colour = [...Array(PALETTE_SIZE).keys()].find((c) => !used.has(c)) ?? subs.length % PALETTE_SIZE;
      store.setState({ pattern: { text: "", notes: [] } });
      addView(pattern, colour, v.notes);
    },
    /** Unsubscribes on the server; the pattern and its count stay listed. */
    pause(key: string) {
      subscriptions.close(key);
      update(key, { state: SubState.Paused, refusal: undefined });
    },
    resume(key: string) {
      const view = store.getState().subs.find((v) => v.key === key);
      if (view) subscriptions.open(view);
    },
    remove(key: string) {
      subscriptions.close(key);
      activity.forget(key);
      store.setState((s) => ({ subs: s.subs.filter((v) => v.key !== key) }));
    },
    /** Empties the log and the tree (and what was kept of their messages); counts and mismatch reports are kept. */
    clearSeen() {
      shownLog.flushNow();
      deliveries.tree.clear();
      deliveries.kept.clear();
      deliveries.recent.clear();
      store.setState((s) => ({ log: { rows: [], messages: s.log.messages }, compare: NOTHING_PICKED }));
      showTree();
    },
    /** The newest messages (EXPORT_ROWS), oldest first, each with its deliveries, whole while kept. */
    exportLog(): LogRecord[] {
      return deliveries.recent.list().map((row) => logRecord(row, deliveries.kept.get(row.id)));
    },
    /** What the kept messages cost now (rows, and bytes by KeptMessages' estimate). */
    keptCost: () => ({ rows: deliveries.kept.count, bytes: deliveries.kept.bytes }),
    /** A log row's whole message (its first delivery), or why it is no longer kept. */
    inspect(row: Pick<LogRow, "id" | "size">): { kept: KeptMessage } | { notKept: NotKept } {
      const kept = deliveries.kept.get(row.id);
      return kept ? { kept } : { notKept: deliveries.kept.whyNot(row.size) };
    },
    /** Picks a row for comparison or unpicks it; two rows of one subject are compared at once. */
    toggleCompare(row: Pick<LogRow, "id" | "subject" | "at">) {
      const next = togglePick(store.getState().compare, { id: row.id, subject: row.subject, at: row.at });
      // a refused pick changes nothing else: the comparison on screen stays
      if (next.refusal) return store.setState({ compare: next });
      const [first, second] = next.picked;
      const result =
        first && second
          ? compareMessages({ pick: first, kept: deliveries.kept.get(first.id) }, { pick: second, kept: deliveries.kept.get(second.id) })
          : undefined;
      store.setState({ compare: result ? { ...next, result } : next });
    },
    clearCompare: () => store.setState({ compare: NOTHING_PICKED }),
    editExplain,
    /** Loads a subject seen in the log or tree into the explainer, with a pattern that delivered it if any. */
    explainSubject(subject: string, pattern?: string) {
      editExplain({ subject, pattern: pattern ?? store.getState().explain.pattern, open: true });
    },
    setExpanded: (path: string, expanded: boolean) => store.setState((s) => ({ expanded: { ...s.expanded, [path]: expanded } })),
    stop() {
      subscriptions.stop();
      incoming.stop();
      shownLog.stop();
      shownTree.stop();
      activity.stop();
      sweep?.();
      sweep = undefined;
    },
  };
}
