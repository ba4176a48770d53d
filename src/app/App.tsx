import type { StartedFeature } from "../features/feature";
import { useHashTab } from "./use-hash-tab";
import { StatusBar } from "./StatusBar";
import { Tabs } from "./Tabs";
import { Notices } from "./Notices";
import { ConnectionBanner } from "./ConnectionBanner";
import { LanguageSwitch } from "./LanguageSwitch";
import { useMessages } from "../i18n/messages";
import { appText } from "./app-text";

export function App({ features }: { features: StartedFeature[] }) {
  const [selected, select] = useHashTab(features.map((f) => f.id));
  const feature = features.find((f) => f.id === selected)!;
  const t = useMessages(appText);
  return (
    <>
      <header className="app-header">
        <h1>{t.title}</h1>
        <Tabs features={features} selected={selected} onSelect={select} />
        <LanguageSwitch />
        <StatusBar />
      </header>
      <main>
        <ConnectionBanner />
        <Notices />
        {/* NOTE: deliberately not labelled by its tab: "Subjects" would make every
            getByLabel("Subject") in that panel ambiguous */}
        <div id={`panel-${feature.id}`} role="tabpanel" className="panel">
          {feature.view}
        </div>
      </main>
    </>
  );
}
