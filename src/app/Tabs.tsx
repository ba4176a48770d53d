import type { KeyboardEvent } from "react";
import { useMessages } from "../i18n/messages";
import { appText } from "./app-text";
type Feature = { id: string; label: string };

type TabsProps = { features: Feature[]; selected: string; onSelect: (id: string) => void };

export function Tabs({ features, selected, onSelect }: TabsProps) {
  const t = useMessages(appText);
  const onKey = (e: KeyboardEvent) => {
    const i = features.findIndex((f) => f.id === selected);
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = features[(i + step + features.length) % features.length]!;
    onSelect(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t.panels} className="tabs" onKeyDown={onKey}>
      {features.map((f) => (
        <button
          key={f.id}
          id={`tab-${f.id}`}
          role="tab"
          type="button"
          aria-selected={f.id === selected}
          aria-controls={`panel-${f.id}`}
          tabIndex={f.id === selected ? 0 : -1}
          onClick={() => onSelect(f.id)}
        >
          {t.tabs[f.id] ?? f.label}
        </button>
      ))}
    </div>
  );
}
