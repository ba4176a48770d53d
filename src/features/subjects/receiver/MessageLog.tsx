import { LogRowView } from "./LogRowView";
import { LOG_SHOWN, LOG_SIZE } from "./receiver-store";
import { useReceiver, useReceiverState } from "./receiver-context";

// The log reaches the store on its own repaint policy (see receiver-controller.ts),
// with the total it was shown with: this view repaints only then.
export function MessageLog() {
  const receiver = useReceiver();
  const { rows, messages } = useReceiverState((s) => s.log);
  const shown = rows.length > LOG_SHOWN ? rows.slice(0, LOG_SHOWN) : rows;
  return (
    <section className="card log-card" aria-labelledby="subjects-log-title">
      <div className="card-head">
        <h2 id="subjects-log-title">Message log</h2>
        <button type="button" onClick={receiver.clearSeen} disabled={rows.length === 0}>
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
