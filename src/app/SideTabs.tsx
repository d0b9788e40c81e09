import { useState, type ReactNode } from "react";
import { useAppStore } from "../store";
import { COPY } from "../i18n/copy";

export interface TabSpec {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** Tabs of the side panel (WAI-ARIA tabs pattern: arrow keys move between tabs). */
export function SideTabs({ tabs }: { tabs: TabSpec[] }) {
  const [active, setActive] = useState(tabs[0]?.id ?? "");
  const lang = useAppStore((s) => s.lang);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const onKey = (e: React.KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : null;
    if (next === null) return;
    const tab = tabs[(next + tabs.length) % tabs.length];
    if (tab) {
      setActive(tab.id);
      document.getElementById(`tab-${tab.id}`)?.focus();
    }
  };
  return (
    <div className="tabs">
      <div className="tab-list" role="tablist" aria-label={COPY[lang].menu} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === current?.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === current?.id ? 0 : -1}
            onClick={() => setActive(t.id)}
            data-testid={`tab-${t.id}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          className="tab-panel"
          role="tabpanel"
          id={`panel-${current.id}`}
          aria-labelledby={`tab-${current.id}`}
        >
          {current.render()}
        </div>
      )}
    </div>
  );
}
