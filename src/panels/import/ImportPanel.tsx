import { useState } from "react";
import { COPY } from "../../i18n/copy";
import { describeFormError, describeImportFailure } from "../../i18n/import-copy";
import {
  ImportFailureError,
  type ImportFailure,
  type ImportFormError,
} from "../../core/import-messages";
import type { EncodingChoice } from "../../core/csv-decode";
import type { DelimiterChoice } from "../../core/csv-sniff";
import { securitySpendingSpec } from "../../core/security-spending";
import { SIDPOL_FAMILIES } from "../../config/sidpol-families";
import { sidpolSpec } from "../../core/sidpol";
import { formatNumber, formatPercent } from "../../lib/format";
import { useAppStore } from "../../store";
import type { ImportKind } from "../../store/import-slice";
import type { CsvPreview } from "../../store/import-slice";
import { formToSpec, guessForm, type ImportForm } from "./import-form";
import { ImportOptions } from "./ImportOptions";
import { ImportReportView } from "./ImportReportView";
import { sidpolModalitySpec } from "./sidpol-families";

const DELIMITER_NAMES: Record<string, string> = { ",": ",", ";": ";", "\t": "TAB", "|": "|" };

const sizeLabel = (bytes: number, lang: "es" | "en"): string =>
  bytes < 1e3
    ? `${bytes} B`
    : bytes >= 1e6
      ? `${formatNumber(bytes / 1e6, lang, 1)} MB`
      : `${formatNumber(bytes / 1e3, lang, 1)} KB`;

/**
 * Choose a file (drop or picker), preview it in the worker, set the options (SIDPOL preset when
 * the header says so), read it in the worker with progress and cancel, then show the report.
 */
export function ImportPanel() {
  const lang = useAppStore((s) => s.lang);
  const job = useAppStore((s) => s.importJob);
  const staged = useAppStore((s) => s.stagedImport);
  const importError = useAppStore((s) => s.importError);
  const t = COPY[lang];
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [previewError, setPreviewError] = useState<ImportFailure | null>(null);
  const [mode, setMode] = useState<ImportKind>("generic");
  const [form, setForm] = useState<ImportForm | null>(null);
  const [formError, setFormError] = useState<ImportFormError | null>(null);
  const [dragging, setDragging] = useState(false);
  const [cancelled, setCancelled] = useState(false);

  const loadPreview = async (f: File, encoding: EncodingChoice, delimiter: DelimiterChoice) => {
    setPreviewError(null);
    setFormError(null);
    setCancelled(false);
    useAppStore.getState().discardImport();
    try {
      const p = await useAppStore.getState().previewImport(f, f.name, { encoding, delimiter });
      if (!p) return;
      setPreview(p);
      setMode(p.isSidpol ? "sidpol" : p.isSecurity ? "security" : "generic");
      setForm({ ...guessForm(p), encoding, delimiter });
    } catch (e) {
      setPreview(null);
      setPreviewError(
        e instanceof ImportFailureError
          ? e.failure
          : { code: "workerFailed", detail: e instanceof Error ? e.message : String(e) },
      );
    }
  };

  const onFile = (f: File | undefined) => {
    if (!f) return;
    const format = { encoding: form?.encoding ?? "auto", delimiter: form?.delimiter ?? "auto" };
    // Forget the previous file's preview and options at once (no "run" on stale options).
    setFile(f);
    setPreview(null);
    setForm(null);
    void loadPreview(f, format.encoding, format.delimiter);
  };

  const run = () => {
    if (!file || !form) return;
    setCancelled(false);
    const format = { encoding: form.encoding, delimiter: form.delimiter };
    if (mode === "sidpol") {
      void useAppStore
        .getState()
        .runImport(
          file,
          file.name,
          sidpolModalitySpec(format, preview?.header),
          "sidpol",
          sidpolSpec(SIDPOL_FAMILIES, format, { header: preview?.header ?? [] }),
        );
      return;
    }
    if (mode === "security") {
      void useAppStore
        .getState()
        .runImport(
          file,
          file.name,
          securitySpendingSpec(format, preview?.header ?? []),
          "security",
        );
      return;
    }
    const r = formToSpec(form);
    if ("error" in r) {
      setFormError(r.error);
      return;
    }
    setFormError(null);
    void useAppStore.getState().runImport(file, file.name, r.spec, "generic");
  };

  const setFormat = (patch: Partial<Pick<ImportForm, "encoding" | "delimiter">>) => {
    if (!form || !file) return;
    const next = { ...form, ...patch };
    setForm(next);
    void loadPreview(file, next.encoding, next.delimiter);
  };

  const busy = job !== null;
  return (
    <section className="datos-import" aria-labelledby="datos-import-title">
      <h3 id="datos-import-title" className="panel-heading">
        {t.dataTitle}
      </h3>
      <p className="muted">{t.dataHelp}</p>
      <div
        className={`datos-drop${dragging ? " dragging" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!busy) onFile(e.dataTransfer.files[0]);
        }}
        data-testid="import-drop"
      >
        <span>{t.dropHere} </span>
        <label className="datos-file-label">
          {t.chooseFile}
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            disabled={busy}
            onChange={(e) => {
              onFile(e.target.files?.[0]);
              e.target.value = "";
            }}
            data-testid="import-file"
          />
        </label>
        {file && (
          <div className="datos-file-name" data-testid="import-file-name">
            {t.fileInfo(file.name, sizeLabel(file.size, lang))}
          </div>
        )}
      </div>
      {previewError && (
        <p className="fesc-error" role="alert" data-testid="import-error">
          {t.readFailed(describeImportFailure(lang, previewError))}
        </p>
      )}
      {preview?.problem && (
        <p className="fesc-error" role="alert" data-testid="import-error">
          {preview.problem === "empty" ? t.fileEmpty : t.fileNotText}
        </p>
      )}
      {preview && !preview.problem && form && !staged && (
        <>
          <p className="muted" data-testid="import-detected">
            {t.detectedFormat(
              preview.encoding,
              DELIMITER_NAMES[preview.delimiter] ?? preview.delimiter,
            )}
          </p>
          {preview.duplicateHeaders.length > 0 && (
            <p className="fesc-note" role="status" data-testid="import-duplicate-columns">
              {t.duplicateColumns(
                preview.duplicateHeaders
                  .slice(0, 10)
                  .map((d) => t.duplicateColumn(d.name, d.position, d.renamed))
                  .join("; ") +
                  (preview.duplicateHeaders.length > 10
                    ? ` … (+${formatNumber(preview.duplicateHeaders.length - 10, lang, 0)})`
                    : ""),
              )}
            </p>
          )}
          <div className="datos-row">
            <label className="field">
              <span>{t.encodingLabel}</span>
              <select
                value={form.encoding}
                disabled={busy}
                onChange={(e) => {
                  const v = e.target.value;
                  setFormat({ encoding: v === "utf-8" || v === "windows-1252" ? v : "auto" });
                }}
                data-testid="import-encoding"
              >
                <option value="auto">{t.encAuto}</option>
                <option value="utf-8">{t.encUtf8}</option>
                <option value="windows-1252">{t.encLatin1}</option>
              </select>
            </label>
            <label className="field">
              <span>{t.delimiterLabel}</span>
              <select
                value={form.delimiter}
                disabled={busy}
                onChange={(e) => {
                  const v = e.target.value;
                  setFormat({ delimiter: v === "," || v === ";" || v === "\t" ? v : "auto" });
                }}
                data-testid="import-delimiter"
              >
                <option value="auto">{t.delimAuto}</option>
                <option value=",">{t.delimComma}</option>
                <option value=";">{t.delimSemicolon}</option>
                <option value={"\t"}>{t.delimTab}</option>
              </select>
            </label>
          </div>
          <label className="field">
            <span>{t.importModeLabel}</span>
            <select
              value={mode}
              disabled={busy}
              onChange={(e) =>
                setMode(
                  e.target.value === "sidpol"
                    ? "sidpol"
                    : e.target.value === "security"
                      ? "security"
                      : "generic",
                )
              }
              data-testid="import-mode"
            >
              <option value="sidpol">{t.modeSidpol}</option>
              <option value="security">{t.modeSecurity}</option>
              <option value="generic">{t.modeGeneric}</option>
            </select>
          </label>
          {mode === "security" ? (
            <div className="fesc-note" data-testid="import-security-preset">
              {preview.isSecurity && <strong>{t.securityDetected} </strong>}
              {t.securityPreset}
            </div>
          ) : mode === "sidpol" ? (
            <div className="fesc-note" data-testid="import-sidpol-preset">
              {preview.isSidpol && <strong>{t.sidpolDetected} </strong>}
              {t.sidpolPreset}
            </div>
          ) : (
            <ImportOptions preview={preview} form={form} onChange={setForm} disabled={busy} />
          )}
          <PreviewTable preview={preview} />
          {formError && (
            <p className="fesc-error" role="alert">
              {describeFormError(lang, formError)}
            </p>
          )}
          {!busy && (
            <button type="button" className="primary" onClick={run} data-testid="import-run">
              {t.readFile}
            </button>
          )}
        </>
      )}
      {job && (
        <div className="datos-progress" role="status" data-testid="import-progress">
          <div>{t.readingFile(formatPercent(job.fraction01, lang, 0))}</div>
          <progress max={1} value={job.fraction01} />
          <button
            type="button"
            onClick={() => {
              useAppStore.getState().cancelImport();
              setCancelled(true);
            }}
            data-testid="import-cancel"
          >
            {t.cancelRead}
          </button>
        </div>
      )}
      {cancelled && !job && !staged && <p className="muted">{t.readCancelled}</p>}
      {importError && (
        <p className="fesc-error" role="alert" data-testid="import-error">
          {t.readFailed(describeImportFailure(lang, importError))}
        </p>
      )}
      {staged && <ImportReportView />}
    </section>
  );
}

/** Columns drawn in the preview table (a wider file gets "and N more columns"). */
const PREVIEW_COLUMNS = 50;

/** The first rows as the worker read them (text only). */
function PreviewTable({ preview }: { preview: CsvPreview }) {
  const lang = useAppStore((s) => s.lang);
  const rows = preview.rows.slice(0, 5);
  const header = preview.header.slice(0, PREVIEW_COLUMNS);
  const more = preview.header.length - header.length;
  const cut = (s: string) => (s.length > 28 ? `${s.slice(0, 27)}…` : s);
  return (
    <details className="datos-preview">
      <summary>{COPY[lang].previewTitle(rows.length)}</summary>
      <div className="datos-scroll">
        <table className="datos-table" data-testid="import-preview">
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i}>{cut(h)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {header.map((_, j) => (
                  <td key={j}>{cut(r[j] ?? "")}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p className="muted" data-testid="import-preview-more">
          {COPY[lang].previewMoreColumns(header.length, formatNumber(more, lang, 0))}
        </p>
      )}
    </details>
  );
}
