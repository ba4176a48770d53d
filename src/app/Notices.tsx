import { dismissNotice } from "../nats/connection-store";
import { useConnection } from "../nats/use-connection";
import { describeNotice, natsText } from "../nats/nats-text";
import { useMessages } from "../i18n/use-messages";
import { useFormat } from "../i18n/format";
import { appText } from "./app-text";

// Errors the server sends on its own (a permission violation, lame duck mode):
// shown, never fatal, dismissable.
export function Notices() {
  const t = useMessages(appText);
  const n = useMessages(natsText);
  const f = useFormat();
  const notices = useConnection((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <section aria-label={t.notices} className="notices">
      {notices.slice(0, 5).map((x) => (
        <p key={x.id} role="alert" className="notice">
          <span className="muted">{f.clock(x.at)}</span> {describeNotice(x.notice, n)}
          <button type="button" onClick={() => dismissNotice(x.id)} aria-label={t.dismiss}>
            ×
          </button>
        </p>
      ))}
    </section>
  );
}
