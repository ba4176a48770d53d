import type { Cancel, Host } from "../../../host/host";
import { createRateBuckets } from "../../../ui/charts/rate-buckets";
import type { RateBuckets, RateSeries } from "../../../ui/charts/rate-buckets";
import type { TreeNode } from "./subject-tree";
import { TreeRates } from "./tree-rates";

/** Messages per second over the last minute, per subscription key. */
export type SubRates = Readonly<Record<string, RateSeries>>;

export type ActivityEvents = {
  /** once a second while anything moved in the last minute (and the page is seen) */
  onTick(rates: SubRates, treeChanged: boolean): void;
};

// Just after a second ends, so its bucket is complete when read.
const AFTER_SECOND_MS = 20;

// How busy each subscription and each subject is. Fed once per frame with the
// deliveries the receiver already counted (a few additions per frame, nothing
// per message: under a 100 000-message flood the counting costs what it did),
// read once a second. Silent when nothing moved for a minute, and while the
// page is hidden (nobody sees it; a hidden tab's rate is caught up on return).
export function createActivity(host: Host, tree: () => TreeNode, { onTick }: ActivityEvents) {
  const subs = new Map<string, RateBuckets>();
  const treeRates = new TreeRates(host.now());
  let timer: Cancel | undefined;
  let busy = false;

  const read = (now: number): SubRates => {
    const out: Record<string, RateSeries> = {};
    for (const [key, buckets] of subs) out[key] = buckets.read(now);
    return out;
  };

  function tick() {
    timer = undefined;
    const now = host.now();
    const rates = read(now);
    const root = tree();
    const treeChanged = treeRates.sample(root, now);
    busy = root.rate > 0 || Object.values(rates).some((r) => r.total > 0);
    onTick(rates, treeChanged);
    schedule();
  }

  function schedule() {
    if (timer || !busy || !host.visibility.visible()) return;
    const now = host.now();
    timer = host.setTimeout(tick, 1000 - (now % 1000) + AFTER_SECOND_MS);
  }

  const unwatch = host.visibility.onChange(() => {
    if (!host.visibility.visible()) {
      timer?.();
      timer = undefined;
    } else if (busy) tick();
  });

  return {
    /** A frame's deliveries per subscription key. */
    count(counts: ReadonlyMap<string, number>) {
      if (counts.size === 0) return;
      const now = host.now();
      for (const [key, n] of counts) {
        let buckets = subs.get(key);
        if (!buckets) subs.set(key, (buckets = createRateBuckets()));
        buckets.add(now, n);
      }
      busy = true;
      schedule();
    },
    /** The subscription is gone from the list: its chart with it. */
    forget(key: string) {
      subs.delete(key);
    },
    stop() {
      timer?.();
      timer = undefined;
      unwatch();
    },
  };
}
