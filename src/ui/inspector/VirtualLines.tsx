import { useState } from "react";
import type { ReactNode } from "react";

const ROW_PX = 18;
const VISIBLE = 24;
const OVERSCAN = 8;

// A tall list of fixed-height lines drawn a window at a time: a 1 MB payload is
// 65 536 hex rows, and laying them all out would freeze the tab.
export function VirtualLines({ count, row, label, className }: { count: number; row: (i: number) => ReactNode; label: string; className?: string }) {
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / ROW_PX) - OVERSCAN);
  const last = Math.min(count, first + VISIBLE + 2 * OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={i} className="vline" style={{ top: i * ROW_PX, height: ROW_PX }}>
        {row(i)}
      </div>,
    );
  }
  return (
    // a scrolling region must be reachable by keyboard (tabIndex) and named
    <div role="region" aria-label={label} tabIndex={0} className={`vlines ${className ?? ""}`} style={{ height: Math.min(count, VISIBLE) * ROW_PX + 4 }}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
      <div style={{ height: count * ROW_PX, position: "relative" }}>{rows}</div>
    </div>
  );
}
