import { BARRIO_SEGURO_SOURCE_IDS, selectExportContext } from "../../store/export-context";
import { COPY } from "../../i18n/copy";
import { useAppStore } from "../../store";
import type { FescResult } from "../../store/fesc-slice";
import { buildFescCsv } from "./fesc-csv";
import { csvFileName, downloadCsv } from "../../lib/csv-export";

/** Download the selection and allocation as an es-PE Excel CSV with the methodology on top. */
export function FescExport({ result }: { result: FescResult }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const onClick = () => {
    const s = useAppStore.getState();
    // The same context as every export, plus the Barrio Seguro register (the table has its column).
    const ctx = selectExportContext(s, BARRIO_SEGURO_SOURCE_IDS);
    downloadCsv(buildFescCsv(result, s.fesc, ctx), csvFileName("fesc-distritos", ctx.date));
  };
  return (
    <button
      type="button"
      className="primary"
      onClick={onClick}
      disabled={result.rows.length === 0}
      data-testid="fesc-export"
    >
      {t.fescExport}
    </button>
  );
}
