import { useEffect } from "react";
import { useHashTab } from "./use-hash-tab";
import type { FeatureRunner } from "./feature-runner";
import { panels } from "./features";
import { StatusBar } from "./StatusBar";
import { Tabs } from "./Tabs";
import { Notices } from "./Notices";
import { ConnectionBanner } from "./ConnectionBanner";
import { LanguageSwitch } from "./LanguageSwitch";
import { useMessages } from "../i18n/use-messages";
import { appText } from "./app-text";

export function App({ runner }: { runner: FeatureRunner }) {
  const [selected, select] = useHashTab(panels.map((p) => p.id));
  const feature = runner.useStarted((s) => s.started[selected]);
  const failed = runner.useStarted((s) => s.failed[selected]);
  const t = useMessages(appText);
  useEffect(() => void runner.ensure(selected), [runner, selected]);
  return (
    <>
      <header className="app-header">
        <h1>{t.title}</h1>
        <Tabs ids={panels.map((p) => p.id)} selected={selected} onSelect={select} />
        <LanguageSwitch />
        <StatusBar />
      </header>
      <main>
        <ConnectionBanner />
        <Notices />
        {/* NOTE: deliberately not labelled by its tab: "Subjects" would make every
            getByLabel("Subject") in that panel ambiguous */}
        <div id={`panel-${selected}`} role="tabpanel" className="panel">
          {feature ? feature.view : failed ? <p role="alert" className="error">{t.panelFailed}</p> : <p className="muted">{t.loading}</p>}
        </div>
      </main>
    </>
  );
}
