import { withCode } from "../with-code";
import { useReceiverState, useReceiverWords } from "./receiver-context";
import { describeMismatch } from "./receiver-text";

// The server decides who receives what; if it ever disagrees with the local
// matcher, one of the two is wrong and the user must know.
export function MismatchBanner() {
  const w = useReceiverWords();
  const t = w.t.mismatch;
  const mismatch = useReceiverState((s) => s.mismatch);
  if (mismatch.count === 0 || !mismatch.last) return null;
  const last = describeMismatch(mismatch.last, w.t);
  return (
    <div role="alert" className="mismatch-banner">
      <strong>{t.banner({ count: mismatch.count }, w.n)}</strong> {withCode(last.text, last.codes)}
      {t.bannerEnd}
    </div>
  );
}
