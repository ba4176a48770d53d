import { useReceiverState } from "./receiver-context";

// The server decides who receives what; if it ever disagrees with the local
// matcher, one of the two is wrong and the user must know.
export function MismatchBanner() {
  const mismatch = useReceiverState((s) => s.mismatch);
  if (mismatch.count === 0) return null;
  return (
    <div role="alert" className="mismatch-banner">
      <strong>
        Attribution mismatch ({mismatch.count} message{mismatch.count > 1 ? "s" : ""}):
      </strong>{" "}
      {mismatch.last}. The server's deliveries are what the log shows; this should never happen — please report the
      subject and pattern.
    </div>
  );
}
