import { useRef, useState } from "react";
import { VIEW_LIMITS, type ViewsIssue } from "../../core/saved-views";
import { downloadBlob } from "../../lib/png-export";
import { useAppStore } from "../../store";
import { encodeStore } from "../../store/url-sync";
import { COPY } from "../../i18n/copy";
import { exportMapPng } from "./export-png";
import { ViewListItem } from "./ViewListItem";

const today = () => new Date().toISOString().slice(0, 10);
/** Long import reports scroll inside the panel (a 600-view file can give hundreds of lines). */
const PROBLEMS_STYLE = { maxHeight: 260, overflowY: "auto" } as const;

/** "Vistas" tab: save/reorder/rename/delete views, present them, share a link, export PNG/report. */
export function ViewsPanel() {
  const lang = useAppStore((s) => s.lang);
  const slides = useAppStore((s) => s.slides);
  const selectedId = useAppStore((s) => s.selectedId);
  const departmentCode = useAppStore((s) => s.departmentCode);
  const table = useAppStore((s) => s.table);
  const readOnly = useAppStore((s) => s.viewsStorage.readOnly !== null);
  const [title, setTitle] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [problems, setProblems] = useState<ViewsIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const t = COPY[lang];
  const api = useAppStore.getState;

  const save = () => {
    const r = api().saveView(title.trim() || t.viewTitleDefault(slides.length + 1));
    if (r.ok) {
      setTitle("");
      setRefusal(null);
      setMessage(t.viewSaved(api().slides.find((v) => v.id === r.id)?.title ?? ""));
    } else {
      // The title stays in the field: nothing was saved.
      setMessage(null);
      setRefusal(t.viewNotSaved(r.title, r.problem));
    }
  };
  const exportViews = () =>
    downloadBlob(
      new Blob([api().exportViews()], { type: "application/json" }),
      `vistas-mapa-riesgo-${today()}.json`,
    );
  const importViews = async (file: File) => {
    setRefusal(null);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setMessage(null);
      const detail = e instanceof Error ? e.message : String(e);
      setProblems([{ code: "file", source: file.name, problem: { code: "notJson", detail } }]);
      return;
    }
    const { imported, issues } = api().importViews(json, file.name);
    setMessage(t.importedViews(imported));
    setProblems(issues);
  };
  const copyLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}#${encodeStore(api())}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t.linkCopied);
    } catch {
      setMessage(t.linkCopyFailed);
    }
  };
  const png = async () => {
    setBusy(true);
    setMessage(t.exportingPng);
    try {
      await exportMapPng(api());
      setMessage(null);
    } catch {
      setMessage(t.pngFailed);
    } finally {
      setBusy(false);
    }
  };
  const districtUbigeo =
    selectedId === null ? null : (table?.districts[selectedId]?.ubigeo ?? null);

  return (
    <div className="views-panel" data-testid="views-panel">
      <h2 className="panel-heading">{t.savedViews}</h2>
      <StoredViewsNotice />
      <form
        className="views-save"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="field">
          <span>{t.viewTitle}</span>
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t.viewTitleDefault(slides.length + 1)}
            maxLength={VIEW_LIMITS.maxTitle}
            data-testid="view-title"
          />
        </label>
        <button type="submit" data-testid="save-view" disabled={readOnly}>
          {t.saveView}
        </button>
      </form>
      {refusal && (
        <p className="views-problems" role="alert" data-testid="view-not-saved">
          {refusal}
        </p>
      )}

      {slides.length === 0 ? (
        <p className="muted">{t.noViews}</p>
      ) : (
        <ol className="views-list" data-testid="views-list">
          {slides.map((v, i) => (
            <ViewListItem key={v.id} view={v} index={i} count={slides.length} readOnly={readOnly} />
          ))}
        </ol>
      )}

      <div className="views-buttons">
        <button
          type="button"
          onClick={() => api().startPresentation(slides.length > 0 ? 0 : null)}
          data-testid="present-views"
        >
          {slides.length > 0 ? t.presentFromStart : t.present}
        </button>
        <button
          type="button"
          onClick={exportViews}
          disabled={slides.length === 0}
          data-testid="export-views"
        >
          {t.exportViews}
        </button>
        <button
          type="button"
          onClick={() => fileRef.current?.click()}
          disabled={readOnly}
          data-testid="import-views"
        >
          {t.importViews}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-views-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importViews(f);
            e.target.value = "";
          }}
        />
      </div>

      <h2 className="panel-heading">{t.shareTitle}</h2>
      <div className="views-buttons">
        <button type="button" onClick={() => void copyLink()} data-testid="copy-link">
          {t.copyLink}
        </button>
        <button type="button" onClick={() => void png()} disabled={busy} data-testid="export-png">
          {t.exportPng}
        </button>
        {districtUbigeo !== null && (
          <button
            type="button"
            onClick={() => api().setReport({ kind: "district", ubigeo: districtUbigeo })}
            data-testid="open-report-district"
          >
            {t.reportDistrict}
          </button>
        )}
        {departmentCode !== null && (
          <button
            type="button"
            onClick={() => api().setReport({ kind: "department", code: departmentCode })}
            data-testid="open-report-department"
          >
            {t.reportDepartment}
          </button>
        )}
        {districtUbigeo === null && departmentCode === null && (
          <p className="muted">{t.reportNeedsPlace}</p>
        )}
      </div>

      {message && (
        <p className="views-message" role="status" data-testid="views-message">
          {message}
        </p>
      )}
      {problems.length > 0 && (
        <div
          className="views-problems"
          role="alert"
          data-testid="import-problems"
          style={PROBLEMS_STYLE}
        >
          <p>{t.importProblems}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i} data-code={p.code}>
                {t.viewsIssue(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * What localStorage holds that the list does not show: entries kept aside (kept unchanged in
 * storage), a value this version may not write (read-only), a failed write. Each with an export;
 * discarding is the user's explicit choice, never offered for a newer version's value.
 * (Kept in this file: the presentation folder's file list is fixed for issue 13.)
 */
function StoredViewsNotice() {
  const lang = useAppStore((s) => s.lang);
  const storage = useAppStore((s) => s.viewsStorage);
  const [confirming, setConfirming] = useState(false);
  const t = COPY[lang];
  const api = useAppStore.getState;
  const { readOnly, keptAside, writeFailed } = storage;
  if (!readOnly && keptAside.length === 0 && !writeFailed) return null;
  const exportStored = (name: string) =>
    downloadBlob(new Blob([api().exportKeptAside()], { type: "application/json" }), name);
  const discard = confirming ? (
    <span className="views-actions" role="alert">
      <span>{t.viewsConfirmDiscard}</span>
      <button
        type="button"
        onClick={() => {
          api().discardKeptAside();
          setConfirming(false);
        }}
        data-testid="views-discard-yes"
      >
        {t.viewsYesDiscard}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t.cancel}
      </button>
    </span>
  ) : null;
  return (
    <>
      {readOnly && (
        <div className="views-problems" role="alert" data-testid="views-readonly">
          <p>{t.viewsReadOnly(readOnly.problem)}</p>
          <div className="views-buttons">
            <button
              type="button"
              onClick={() => exportStored(`vistas-guardadas-${today()}.json`)}
              data-testid="views-export-stored"
            >
              {t.viewsExportStored}
            </button>
            {readOnly.problem.code !== "newerVersion" && !confirming && (
              <button type="button" onClick={() => setConfirming(true)} data-testid="views-discard">
                {t.viewsDiscardStored}
              </button>
            )}
            {discard}
          </div>
        </div>
      )}
      {!readOnly && keptAside.length > 0 && (
        <div
          className="views-problems"
          role="alert"
          data-testid="views-kept-aside"
          style={PROBLEMS_STYLE}
        >
          <p>{t.viewsKeptAside(keptAside.length)}</p>
          <ul>
            {keptAside.map((k) => (
              <li key={k.index} data-code={k.problem.code}>
                {t.viewsKeptAsideItem(k.index, k.title, k.problem)}
              </li>
            ))}
          </ul>
          <div className="views-buttons">
            <button
              type="button"
              onClick={() => exportStored(`vistas-no-abiertas-${today()}.json`)}
              data-testid="views-export-kept"
            >
              {t.viewsExportKeptAside}
            </button>
            {!confirming && (
              <button type="button" onClick={() => setConfirming(true)} data-testid="views-discard">
                {t.viewsDiscardKeptAside}
              </button>
            )}
            {discard}
          </div>
        </div>
      )}
      {writeFailed && (
        <p className="views-problems" role="alert" data-testid="views-write-failed">
          {t.viewsWriteFailed}
        </p>
      )}
    </>
  );
}
