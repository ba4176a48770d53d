import { dismissNotice, useConnection } from "../nats/connection-store";
import { clock } from "../ui/format";

// Errors the server sends on its own (a permission violation, lame duck mode):
// shown, never fatal, dismissable.
export function Notices() {
  const notices = useConnection((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <section aria-label="Server notices" className="notices">
      {notices.slice(0, 5).map((n) => (
        <p key={n.id} role="alert" className="notice">
          <span className="muted">{clock(n.at)}</span> {n.text}
          <button type="button" onClick={() => dismissNotice(n.id)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
    </section>
  );
}
