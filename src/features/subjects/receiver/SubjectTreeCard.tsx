import { TREE_NODES } from "./deliveries";
import { shownChildren } from "./subject-tree";
import { TreeNodeView, CHILDREN_SHOWN } from "./TreeNodeView";
import { useReceiver, useReceiverState, useReceiverWords } from "./receiver-context";

// The tree is mutable and lives in the controller; `tree` in the store moves on
// its repaint policy (see receiver-controller.ts), and then this view reads it.
export function SubjectTreeCard() {
  const w = useReceiverWords();
  const t = w.t.tree;
  const tree = useReceiverState((s) => s.tree);
  const subs = useReceiverState((s) => s.subs);
  const root = useReceiver().tree.root;
  return (
    // NOTE: not labelled by its heading: a region named "Subject tree" would make
    // every getByLabel("Subject") of the panel ambiguous (the tree itself is labelled)
    <section className="card tree-card">
      <h2 id="subjects-tree-title">{t.title}</h2>
      <p className="muted">
        {t.intro}
        {tree.nodes >= TREE_NODES && ` ${t.full({ max: TREE_NODES }, w.n)}`}
      </p>
      {root.children.size === 0 && <p className="muted">{t.empty}</p>}
      <ul role="tree" aria-label={t.label} className="tree">
        {shownChildren(root, CHILDREN_SHOWN).map((n) => (
          <TreeNodeView key={n.path} node={n} rev={n.rev} rateRev={n.rateRev} subs={subs} />
        ))}
      </ul>
    </section>
  );
}
