import { useRef, useState } from "react";
import { downloadBlob } from "../../lib/png-export";
import { useAppStore } from "../../store";
import { encodeStore } from "../../store/url-sync";
import { COPY } from "../../i18n/copy";
import { exportMapPng } from "./export-png";
import { ViewListItem } from "./ViewListItem";

/** "Vistas" tab: save/reorder/rename/delete views, present them, share a link, export PNG/report. */
export function ViewsPanel() {
  const lang = useAppStore((s) => s.lang);
  const slides = useAppStore((s) => s.slides);
  const selectedId = useAppStore((s) => s.selectedId);
  const departmentCode = useAppStore((s) => s.departmentCode);
  const table = useAppStore((s) => s.table);
  const [title, setTitle] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const t = COPY[lang];
  const api = useAppStore.getState;

  const save = () => {
    api().saveView(title.trim() || t.viewTitleDefault(slides.length + 1));
    setTitle("");
  };
  const exportViews = () =>
    downloadBlob(
      new Blob([api().exportViews()], { type: "application/json" }),
      `vistas-mapa-riesgo-${new Date().toISOString().slice(0, 10)}.json`,
    );
  const importViews = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setMessage(null);
      setProblems([`${file.name}: JSON inválido (${e instanceof Error ? e.message : String(e)}).`]);
      return;
    }
    const before = api().slides.length;
    const issues = api().importViews(json, file.name);
    setMessage(t.importedViews(api().slides.length - before));
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
            maxLength={120}
            data-testid="view-title"
          />
        </label>
        <button type="submit" data-testid="save-view">
          {t.saveView}
        </button>
      </form>

      {slides.length === 0 ? (
        <p className="muted">{t.noViews}</p>
      ) : (
        <ol className="views-list" data-testid="views-list">
          {slides.map((v, i) => (
            <ViewListItem key={v.id} view={v} index={i} count={slides.length} />
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
        <button type="button" onClick={() => fileRef.current?.click()} data-testid="import-views">
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
        <div className="views-problems" role="alert" data-testid="import-problems">
          <p>{t.importProblems}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
