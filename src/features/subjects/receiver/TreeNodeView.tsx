import { memo, useId } from "react";
import { useFormat } from "../../../i18n/format";
import { matches } from "../../../subjects/subject-match";
import type { TreeNode } from "./subject-tree";
import { shownChildren } from "./subject-tree";
import { RATE_WINDOW, rateBar } from "./tree-rates";
import { SubState } from "./receiver-store";
import type { SubView } from "./receiver-store";
import { TREE_NODES } from "./deliveries";
import { glanceText, useReceiver, useReceiverState, useReceiverWords } from "./receiver-context";
import { SubChip } from "./SubChip";
import { useExplainSubject } from "./use-explain-subject";

export const CHILDREN_SHOWN = 50;

// Open by default down to the cities, unless a node fans out widely (a flood of distinct subjects).
const openByDefault = (n: TreeNode) => n.depth <= 3 && n.children.size <= 30;

type TreeNodeProps = {
  node: TreeNode;
  /** the node is mutable: rev and rateRev tell memo it changed (itself or below it) */
  rev: number;
  rateRev: number;
  subs: SubView[];
};

export const TreeNodeView = memo(function TreeNodeView({ node, subs }: TreeNodeProps) {
  const receiver = useReceiver();
  const explainSubject = useExplainSubject();
  const w = useReceiverWords();
  const t = w.t.tree;
  const choice = useReceiverState((s) => s.expanded[node.path]);
  const hasChildren = node.children.size > 0 || node.other > 0;
  const open = hasChildren && (choice ?? openByDefault(node));
  const matching = subs.filter((s) => s.state !== SubState.Paused && matches(s.pattern, node.path));
  const hidden = node.children.size - CHILDREN_SHOWN;
  const f = useFormat();
  const rateId = useId();
  const rate = f.number(node.rate, node.rate < 10 ? 1 : 0);
  return (
    <li role="treeitem" aria-label={node.path} aria-expanded={hasChildren ? open : undefined} aria-describedby={node.rate > 0 ? rateId : undefined}
      className="tree-item">
      <div className="tree-row">
        <span key={node.count} className="tree-flash" aria-hidden />
        {hasChildren ? (
          <button type="button" className="twisty" aria-label={open ? t.collapse(node) : t.expand(node)}
            onClick={() => receiver.setExpanded(node.path, !open)}>
            {open ? "▾" : "▸"}
          </button>
        ) : (
          <span className="twisty" aria-hidden />
        )}
        <span className="tree-main">
          <code className="tree-token" translate="no">{node.token}</code>
          <span className="tree-count" title={t.countTitle}>
            {w.n(node.count)}
          </span>
          {node.rate > 0 && (
            <span id={rateId} className="tree-rate" data-rate={node.rate}>
              <span className="tree-rate-track" aria-hidden>
                <span className="tree-rate-bar" style={{ inlineSize: `${Math.round(rateBar(node.rate) * 100)}%` }} />
              </span>
              <span className="tree-rate-text" aria-hidden title={t.rateSaid({ rate, seconds: RATE_WINDOW })}>
                {t.rate({ rate })}
              </span>
              <span className="sr-only">{t.rateSaid({ rate, seconds: RATE_WINDOW })}</span>
            </span>
          )}
          {matching.map((s) => (
            <SubChip key={s.key} pattern={s.pattern} colour={s.colour} />
          ))}
          {/* the payload is data (never translated); "N bytes (binary): …" is words */}
          <span className="tree-payload muted" title={node.lastSubject} translate={node.last.binary ? undefined : "no"}>
            {glanceText(node.last, w)}
          </span>
        </span>
        <button type="button" className="small tree-explain" aria-label={t.explainFor(node)}
          onClick={() => explainSubject(node.path, matching[0]?.pattern)}>
          ?
        </button>
      </div>
      {open && (
        <ul role="group">
          {shownChildren(node, CHILDREN_SHOWN).map((c) => (
            <TreeNodeView key={c.token} node={c} rev={c.rev} rateRev={c.rateRev} subs={subs} />
          ))}
          {hidden > 0 && <li role="none" className="tree-more muted">{t.more({ count: hidden }, w.n)}</li>}
          {node.other > 0 && (
            <li role="none" className="tree-more muted">{t.notKept({ count: node.other, max: TREE_NODES }, w.n)}</li>
          )}
        </ul>
      )}
    </li>
  );
});
