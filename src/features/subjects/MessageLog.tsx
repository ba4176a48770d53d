import { clearSeen, LOG_SIZE } from "./subjects-engine";
import { LogRowView } from "./LogRowView";
import type { LogRow } from "./attribution";
import { FLOOD_REPAINT_MS, REPAINT_MS, useThrottledSubjects } from "./use-throttled";

/** Rows rendered; the store keeps LOG_SIZE, counts keep everything. */
export const LOG_SHOWN = 100;

// In a flood every repaint replaces all the rows shown: nobody reads that, and
// it is the costliest thing the panel draws (tasks of 60 ms on 2 cores), so the
// log repaints less often then. Row ids grow; the newest row is first.
const logGap = (shown: LogRow[], next: LogRow[]) =>
  next[0] && shown[0] && next[0].id - shown[0].id >= LOG_SHOWN ? FLOOD_REPAINT_MS : REPAINT_MS;

export function MessageLog() {
  const log = useThrottledSubjects((s) => s.log, logGap);
  const messages = useThrottledSubjects((s) => s.messages, REPAINT_MS);
  const shown = log.length > LOG_SHOWN ? log.slice(0, LOG_SHOWN) : log;
  return (
    <section className="card log-card" aria-labelledby="subjects-log-title">
      <div className="card-head">
        <h2 id="subjects-log-title">Message log</h2>
        <button type="button" onClick={clearSeen} disabled={log.length === 0}>
          Clear log and tree
        </button>
      </div>
      <p className="muted">
        Each message once, with a chip for every subscription of this tab the server delivered it to.
        {messages > shown.length && ` Newest ${shown.length} shown (last ${LOG_SIZE} kept) of ${messages}.`}
      </p>
      {shown.length === 0 && <p className="muted">No message yet: publish one, or subscribe to a pattern that matches.</p>}
      <ol aria-label="Message log" className="log">
        {shown.map((row) => (
          <LogRowView key={row.id} row={row} />
        ))}
      </ol>
    </section>
  );
}
