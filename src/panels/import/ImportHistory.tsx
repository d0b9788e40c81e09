import { useState } from "react";
import { COPY } from "../../i18n/copy";
import { useAppStore } from "../../store";

/** Imports applied in this session, with "Deshacer" for the last one. */
export function ImportHistory() {
  const lang = useAppStore((s) => s.lang);
  const history = useAppStore((s) => s.importHistory);
  const [message, setMessage] = useState<string | null>(null);
  const t = COPY[lang];
  if (history.length === 0 && !message) return null;
  return (
    <section className="datos-history" data-testid="import-history">
      {history.length > 0 && (
        <>
          <h4>{t.historyTitle}</h4>
          <ol>
            {history.map((h) => (
              <li key={h.sourceId}>{t.historyItem(h.fileName, h.added.length)}</li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => {
              const undone = useAppStore.getState().undoImport();
              setMessage(undone ? t.importUndone(undone.fileName) : null);
            }}
            data-testid="import-undo"
          >
            {t.undoImport}
          </button>
        </>
      )}
      {message && (
        <p className="muted" role="status" data-testid="import-undone">
          {message}
        </p>
      )}
    </section>
  );
}
