import { useState } from "react";
import { COPY } from "../../i18n/copy";
import { PERSIST_COPY } from "../../i18n/persist-copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import type { SetAsideRecord } from "../../store/dataset-slice";

/** Download a set-aside record as it was read (so a damaged one can be inspected elsewhere). */
function exportRecord(item: SetAsideRecord): void {
  const text = JSON.stringify(item.raw, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `${item.key}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const formatDateTime = (iso: string, lang: "es" | "en") =>
  new Intl.DateTimeFormat(lang === "es" ? "es-PE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));

/**
 * Imports applied (kept in this browser and re-applied on reload): source, file, date, rows and
 * size, each removable; "Deshacer" for the last one; records that could not be used, set aside.
 */
export function ImportHistory() {
  const lang = useAppStore((s) => s.lang);
  const history = useAppStore((s) => s.importHistory);
  const listings = useAppStore((s) => s.datasetListings);
  const setAside = useAppStore((s) => s.datasetsSetAside);
  const [message, setMessage] = useState<string | null>(null);
  const t = COPY[lang];
  const p = PERSIST_COPY[lang];
  if (history.length === 0 && setAside.length === 0 && !message) return null;
  return (
    <section className="datos-history" data-testid="import-history">
      {history.length > 0 && (
        <>
          <h4>{p.listTitle}</h4>
          <p className="muted">{p.listLead}</p>
          <ol className="dataset-list" data-testid="dataset-list">
            {history.map((h) => {
              const d = listings.find((l) => l.sourceId === h.sourceId);
              if (!d) return <li key={h.sourceId}>{t.historyItem(h.fileName, h.added.length)}</li>;
              return (
                <li key={h.sourceId} data-testid="dataset-item" data-fingerprint={d.fingerprint}>
                  <div className="dataset-head">
                    <strong>{d.sourceName}</strong>
                    <button
                      type="button"
                      aria-label={p.removeLabel(d.fileName)}
                      onClick={() => {
                        const file = d.fileName;
                        void useAppStore
                          .getState()
                          .removeDataset(d.sourceId)
                          .then(() => setMessage(p.removed(file)));
                      }}
                      data-testid="dataset-remove"
                    >
                      {p.remove}
                    </button>
                  </div>
                  <dl className="dataset-facts">
                    <dt>{p.colFile}</dt>
                    <dd data-testid="dataset-file">{d.fileName}</dd>
                    <dt>{p.colDate}</dt>
                    <dd>{formatDateTime(d.savedAt, lang)}</dd>
                    <dt>{p.colRows}</dt>
                    <dd data-testid="dataset-rows">{formatNumber(d.rows, lang, 0)}</dd>
                    <dt>{p.colSize}</dt>
                    <dd>{p.sizeCell(d.fileBytes, d.storedBytes)}</dd>
                  </dl>
                  <p
                    className={
                      d.state === "notSaved" ? "dataset-state warn" : "dataset-state muted"
                    }
                  >
                    <span data-testid="dataset-state" data-state={d.state}>
                      {p.state[d.state]}
                    </span>{" "}
                    · {p.fingerprint(d.fingerprint)}
                  </p>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            onClick={() => {
              const undone = useAppStore.getState().undoLastImport();
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
      {setAside.length > 0 && (
        <div className="dataset-set-aside" data-testid="dataset-set-aside">
          <h4>{p.setAsideTitle}</h4>
          <p className="muted">{p.setAsideLead}</p>
          <ul>
            {setAside.map((item) => (
              <li key={item.key} data-testid="set-aside-item" data-code={item.problem.code}>
                <span>{p.setAsideItem(item.fileName, item.key, item.problem)}</span>{" "}
                {item.raw !== null && (
                  <button
                    type="button"
                    aria-label={p.exportLabel(item.key)}
                    onClick={() => exportRecord(item)}
                    data-testid="set-aside-export"
                  >
                    {p.export}
                  </button>
                )}{" "}
                <button
                  type="button"
                  aria-label={p.removeRecordLabel(item.key)}
                  onClick={() => void useAppStore.getState().removeSetAside(item.key)}
                  data-testid="set-aside-remove"
                >
                  {p.remove}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
