import type { KeyboardEvent } from "react";
import { useMessages } from "../i18n/use-messages";
import { appText } from "./app-text";
type TabsProps = { ids: string[]; selected: string; onSelect: (id: string) => void };

export function Tabs({ ids, selected, onSelect }: TabsProps) {
  const t = useMessages(appText);
  const onKey = (e: KeyboardEvent) => {
    const i = ids.indexOf(selected);
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = ids[(i + step + ids.length) % ids.length]!;
    onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t.panels} className="tabs" onKeyDown={onKey}>
      {ids.map((id) => (
        <button
          key={id}
          id={`tab-${id}`}
          role="tab"
          type="button"
          aria-selected={id === selected}
          aria-controls={`panel-${id}`}
          tabIndex={id === selected ? 0 : -1}
          onClick={() => onSelect(id)}
        >
          {t.tabs[id] ?? id}
        </button>
      ))}
    </div>
  );
}
