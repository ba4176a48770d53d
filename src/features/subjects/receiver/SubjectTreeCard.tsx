import { TREE_NODES } from "./deliveries";
import { shownChildren } from "./subject-tree";
import { TreeNodeView, CHILDREN_SHOWN } from "./TreeNodeView";
import { useReceiver, useReceiverState } from "./receiver-context";

// The tree is mutable and lives in the controller; `tree` in the store moves on
// its repaint policy (see receiver-controller.ts), and then this view reads it.
export function SubjectTreeCard() {
  const tree = useReceiverState((s) => s.tree);
  const subs = useReceiverState((s) => s.subs);
  const root = useReceiver().tree.root;
  return (
    <section className="card tree-card">
      <h2 id="subjects-tree-title">Subject tree</h2>
      <p className="muted">
        One node per token of the subjects received: messages at or below it, the last payload, and the patterns of this tab
        that match it.{tree.nodes >= TREE_NODES && ` Full (${TREE_NODES} nodes): new subjects are counted in their parent.`}
      </p>
      {root.children.size === 0 && <p className="muted">Empty until a message arrives.</p>}
      <ul role="tree" aria-label="Token tree" className="tree">
        {shownChildren(root, CHILDREN_SHOWN).map((n) => (
          <TreeNodeView key={n.path} node={n} rev={n.rev} subs={subs} />
        ))}
      </ul>
    </section>
  );
}
