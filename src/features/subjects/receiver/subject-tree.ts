// A live tree of the subjects seen, one node per token (MQTT Explorer style).
// Mutable on purpose: it takes every message of a flood, and React re-renders
// only the nodes whose `rev` moved. Bounded: once `maxNodes` exist, a message
// needing a new node is counted in its deepest existing ancestor's `other`.
import type { PayloadGlance } from "./payload-glance";

export type TreeNode = {
  token: string;
  /** the subject this node stands for: fr.grand_est.67 */
  path: string;
  depth: number;
  /** messages on this subject or below it */
  count: number;
  /** messages on exactly this subject */
  own: number;
  /** messages below that found no room in the tree */
  other: number;
  /** the last payload on this subject or below it, as the log shows it */
  last: PayloadGlance;
  lastSubject: string;
  lastAt: number;
  /** changes whenever this node or one below it changes */
  rev: number;
  /** messages per second on this subject or below, recently (see tree-rates.ts) */
  rate: number;
  /** changes whenever this node's rate or one below it changes */
  rateRev: number;
  /** tree-rates.ts's samples of `count`, one per second of its window */
  marks?: number[];
  children: Map<string, TreeNode>;
};

const NOTHING: PayloadGlance = Object.freeze({ preview: "", binary: false, size: 0 });

const node = (token: string, path: string, depth: number): TreeNode => ({
  token, path, depth, count: 0, own: 0, other: 0, last: NOTHING, lastSubject: "", lastAt: 0, rev: 0, rate: 0, rateRev: 0, children: new Map(),
});

export class SubjectTree {
  root: TreeNode = node("", "", 0);
  /** nodes, root excluded */
  size = 0;
  rev = 0;
  private paths = new Map<string, TreeNode[]>();

  constructor(readonly maxNodes = 2000) {}

  add(subject: string, payload: PayloadGlance, at: number): void {
    const rev = ++this.rev;
    this.touch(this.root, subject, payload, at, rev);
    // A flood repeats a few subjects: their chain of nodes is remembered, not
    // found again token by token (nodes only go away with clear()).
    const known = this.paths.get(subject);
    if (known) {
      for (const n of known) this.touch(n, subject, payload, at, rev);
      known[known.length - 1]!.own++;
      return;
    }
    const path: TreeNode[] = [];
    let current = this.root;
    let start = 0;
    while (start <= subject.length) {
      const dot = subject.indexOf(".", start);
      const end = dot < 0 ? subject.length : dot;
      const token = subject.slice(start, end);
      let child = current.children.get(token);
      if (!child) {
        if (this.size >= this.maxNodes) {
          current.other++;
          return;
        }
        child = node(token, subject.slice(0, end), current.depth + 1);
        current.children.set(token, child);
        this.size++;
      }
      current = child;
      path.push(current);
      this.touch(current, subject, payload, at, rev);
      start = end + 1;
    }
    current.own++;
    if (this.paths.size >= this.maxNodes) this.paths.clear();
    this.paths.set(subject, path);
  }

  clear(): void {
    this.root = node("", "", 0);
    this.size = 0;
    this.paths.clear();
    this.rev++;
  }

  private touch(n: TreeNode, subject: string, payload: PayloadGlance, at: number, rev: number) {
    n.count++;
    n.last = payload;
    n.lastSubject = subject;
    n.lastAt = at;
    n.rev = rev;
  }
}

const collator = new Intl.Collator("en", { numeric: true });

/** Children to show: sorted by token (numbers in order), at most `limit`. */
export function shownChildren(n: TreeNode, limit: number): TreeNode[] {
  const all = [...n.children.values()];
  // Sorting a huge fan-out on every frame of a flood is not worth it: show the first ones as they came.
  if (all.length > 500) return all.slice(0, limit);
  return all.sort((a, b) => collator.compare(a.token, b.token)).slice(0, limit);
}
