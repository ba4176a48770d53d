import { lazy, Suspense } from "react";
import type { InspectorProps } from "./inspected-message";

export type { InspectedMessage } from "./inspected-message";

// The Message dialog is fetched the first time someone inspects a message: a
// first visit does not download what it may never open (~3 KB gzip).
const Dialog = lazy(() => import("./MessageDialog").then((m) => ({ default: m.MessageDialog })));

export function MessageInspector(props: InspectorProps) {
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}
