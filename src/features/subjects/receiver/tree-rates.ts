import type { TreeNode } from "./subject-tree";

// A recent rate for every node of the subject tree, from the counts the tree
// already keeps: sampled once a second (never per message), the rate is the
// count's growth over the last `window` samples. Each node keeps `window`
// numbers; the walk visits every node once (at most 2000: well under a
// millisecond), and marks with `rateRev` the nodes whose rate, or a rate below
// them, changed, so that only those repaint.

/** seconds the rate is averaged over: steady enough to read, recent enough to follow a burst */
export const RATE_WINDOW = 5;

/** what a node shows: whole numbers from 10/s, one decimal below (0.2/s for one message in the window) */
export function roundRate(rate: number): number {
  if (!(rate > 0)) return 0;
  return rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10;
}

export class TreeRates {
  private readonly times: number[];
  private samples = 0;

  /** `start`: when counting began (every count was 0 then) */
  constructor(start: number, readonly window = RATE_WINDOW) {
    this.times = new Array<number>(window).fill(start);
  }

  /** Samples every node at `now`; true when a rate changed somewhere. */
  sample(root: TreeNode, now: number): boolean {
    const slot = this.samples % this.window;
    // the oldest sample's time: a tab hidden for a while gives a longer span, hence a lower (still true) average
    const seconds = Math.max(0.25, (now - this.times[slot]!) / 1000);
    this.times[slot] = now;
    this.samples++;
    return this.walk(root, slot, seconds, this.samples);
  }

  private walk(n: TreeNode, slot: number, seconds: number, rev: number): boolean {
    let changed = false;
    for (const child of n.children.values()) if (this.walk(child, slot, seconds, rev)) changed = true;
    // a node made since the oldest sample had no messages then: its marks start at 0
    const marks = (n.marks ??= new Array<number>(this.window).fill(0));
    const rate = roundRate((n.count - marks[slot]!) / seconds);
    marks[slot] = n.count;
    if (rate !== n.rate) {
      n.rate = rate;
      changed = true;
    }
    if (changed) n.rateRev = rev;
    return changed;
  }
}

/** A tiny bar's length (0–1) on a log scale: 1/s shows, 10 000/s fills it. */
export function rateBar(rate: number): number {
  if (!(rate > 0)) return 0;
  return Math.min(1, Math.max(0.04, Math.log10(1 + rate) / 4));
}
