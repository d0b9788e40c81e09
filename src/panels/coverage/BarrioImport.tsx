import { useState } from "react";
import { decodeText } from "../../core/text-decode";
import { COPY } from "../../i18n/copy";
import { describeRegisterIssue } from "../../i18n/import-copy";
import { useAppStore } from "../../store";
import { parseRegisterCsv, type RegisterParse } from "./parse-register";

/**
 * Replace or extend the Barrio Seguro register from a CSV in the register's format. The file is
 * parsed and validated first; nothing changes until the user confirms the report.
 */
export function BarrioImport() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const barrio = useAppStore((s) => s.barrio);
  const setRows = useAppStore((s) => s.setBarrioRows);
  const [pending, setPending] = useState<{ name: string; parse: RegisterParse } | null>(null);
  const [mode, setMode] = useState<"extend" | "replace">("extend");
  const [done, setDone] = useState<string | null>(null);
  const t = COPY[lang];
  const onFile = async (file: File | undefined) => {
    if (!file || !table) return;
    setDone(null);
    // The shared decoder (UTF-8, Windows-1252, UTF-16/32 by BOM or NUL pattern), as the CSV import.
    const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
    setPending({
      name: file.name,
      parse: parseRegisterCsv(
        text,
        file.name,
        table.districts,
        mode === "extend" ? (barrio?.rows ?? []) : [],
      ),
    });
  };
  const confirm = () => {
    if (!pending) return;
    const rows =
      mode === "extend" ? [...(barrio?.rows ?? []), ...pending.parse.rows] : pending.parse.rows;
    setRows(rows, "imported");
    setDone(t.importDone(pending.parse.rows.length, rows.length));
    setPending(null);
  };
  const p = pending?.parse;
  return (
    <details className="barrio-import" data-testid="barrio-import">
      <summary>{t.importTitle}</summary>
      <p className="muted">{t.importHelp}</p>
      <fieldset className="radio-row">
        <label>
          <input
            type="radio"
            name="bs-mode"
            checked={mode === "extend"}
            onChange={() => setMode("extend")}
          />
          {t.importExtend}
        </label>
        <label>
          <input
            type="radio"
            name="bs-mode"
            checked={mode === "replace"}
            onChange={() => setMode("replace")}
          />
          {t.importReplace}
        </label>
      </fieldset>
      <input
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = "";
        }}
        data-testid="barrio-file"
      />
      {p && (
        <div className="import-report" data-testid="barrio-report" role="status">
          {p.fatal ? (
            <p className="fesc-error">{describeRegisterIssue(lang, p.fatal)}</p>
          ) : (
            <p>{t.importSummary(p.read, p.rows.length, p.errors.length)}</p>
          )}
          {p.errors.length > 0 && (
            <ul className="import-errors">
              {p.errors.slice(0, 20).map((m, i) => (
                <li key={i}>{describeRegisterIssue(lang, m)}</li>
              ))}
              {p.errors.length > 20 && <li>{t.importMore(p.errors.length - 20)}</li>}
            </ul>
          )}
          {p.warnings.length > 0 && (
            <ul className="import-warnings">
              {p.warnings.slice(0, 10).map((m, i) => (
                <li key={i}>{describeRegisterIssue(lang, m)}</li>
              ))}
            </ul>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={p.rows.length === 0}
              onClick={confirm}
              data-testid="barrio-confirm"
            >
              {mode === "extend"
                ? t.importConfirmExtend(p.rows.length)
                : t.importConfirmReplace(p.rows.length)}
            </button>
            <button type="button" onClick={() => setPending(null)} data-testid="barrio-cancel">
              {t.importCancel}
            </button>
          </div>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </details>
  );
}
