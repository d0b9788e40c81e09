import { COPY } from "../../i18n/copy";
import { useAppStore } from "../../store";
import { selectIndicatorsInForce, selectWeights } from "../../store/coverage-slice";
import type { FescResult } from "../../store/fesc-slice";
import { buildFescCsv } from "./fesc-csv";
import { csvFileName, csvIndexContext, downloadCsv } from "../../lib/csv-export";
import { indexPeriod } from "../../store/index-slice";

/** Download the selection and allocation as an es-PE Excel CSV with the methodology on top. */
export function FescExport({ result }: { result: FescResult }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const onClick = () => {
    const s = useAppStore.getState();
    const weights = selectWeights(s);
    // The same context as every export (index sources, crime period) plus the Barrio Seguro register.
    const ctx = csvIndexContext({
      weights,
      inForce: selectIndicatorsInForce(s.table, weights, s.indicatorDefs),
      period: indexPeriod(s),
      manifest: s.manifest,
      sourceIds: [
        ...(s.indexMeta?.sourceIds ?? []),
        "barrio-seguro-registro",
        "barrio-seguro-prensa",
      ],
    });
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
