import { Suspense, useId, useState } from "react";
import type { ReactNode } from "react";
import { useMessages } from "../../i18n/use-messages";
import { codeViewText } from "./code-view-text";

// A panel's "Code" button: the region (and the generators' code) load only when asked for.
export function CodeButton({ children }: { children: ReactNode }) {
  const t = useMessages(codeViewText);
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="code-button">
      <button type="button" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen(!open)}>
        {t.button}
      </button>
      {open && (
        <div id={id}>
          <Suspense fallback={<p className="muted">{t.loading}</p>}>{children}</Suspense>
        </div>
      )}
    </div>
  );
}
