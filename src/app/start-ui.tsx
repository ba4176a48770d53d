import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import type { FeatureDeps } from "../features/controller";
import type { Lang } from "../i18n/lang";
import { preload } from "../i18n/messages";
import { natsText } from "../nats/nats-text";
import { App } from "./App";
import { appText } from "./app-text";
import { createFeatureRunner } from "./feature-runner";
import { panels } from "./features";
import { initialPanel } from "./use-hash-tab";
import "../ui/app.css";

/** React and the shell: loaded while the tab's connection is already opening (main.tsx). */
export function startUi(deps: FeatureDeps, lang: Lang) {
  const runner = createFeatureRunner(panels, deps);
  // the first panel's code is fetched now, alongside the shell; the others when first opened
  void runner.ensure(initialPanel(panels.map((p) => p.id)));
  // A French page loads its words before it first paints: no English flash.
  void preload(lang, [appText, natsText]).then(() =>
    createRoot(document.getElementById("root")!).render(
      <StrictMode>
        <Suspense>
          <App runner={runner} />
        </Suspense>
      </StrictMode>,
    ),
  );
}
